public import DocumentTree
public import ForebygCore

extension PackageIntroduction {
    /// The introduction as a document: the seed's opening sections with its FAKTA and OBS boxes
    /// as callouts, the roles as the organisation chart sums them up, the four phases, the five
    /// support sheets and the further reading.
    public static func document(in language: Language) -> Document {
        let strings = CourseModelStrings.for(language)
        let fact = { (section: Section) in
            Block.callout(Callout(kind: .fact, title: "\(strings.fact): \(section.title)", blocks: section.blocks))
        }
        let blocks: [Block] =
            whatIsIt.headedBlocks + [fact(readingGuide)] + purposes.headedBlocks + outcomes.headedBlocks
            + methods.headedBlocks + stepByStep.headedBlocks + [fact(nationalGuidelines)] + courseLength.headedBlocks
            + participants.headedBlocks
            + [
                .callout(Callout(kind: .note, title: strings.obs, blocks: [.paragraph(InlineText(severalWorkingGroupsNote))])),
                roleOverview(in: language), DocumentBlocks.heading("De 4 faser"), .paragraph(InlineText(phasesOverview[0])),
                DocumentBlocks.bullets(CoursePhase.allCases.map { "\($0.title(in: language)) – \($0.span)" }),
                .paragraph(InlineText(phasesOverview[1])), DocumentBlocks.heading("Oversigt over de 5 støtteark"),
            ]
            + SupportSheet.allCases.flatMap { sheet in
                [DocumentBlocks.heading(sheet.title(in: language), level: 3), .paragraph(InlineText(sheet.summary))]
            }
            + ReferenceMaterial.documentBlocks
        return Document(
            metadata: DocumentMetadata(title: strings.introductionTitle, languageTag: language.tag, slug: "introduktion"),
            blocks: blocks)
    }

    /// Each role's name and its line(s) from the organisation chart.
    private static func roleOverview(in language: Language) -> Block {
        let roles = CourseRole.allCases.filter { !$0.overview.isEmpty }
        return DocumentBlocks.bullets(roles.map { "\($0.name(in: language)): \($0.overview.joined(separator: "; "))" })
    }
}

extension PackageIntroduction.Section {
    /// The section's paragraphs, bullets and closing paragraphs.
    var blocks: [Block] {
        DocumentBlocks.paragraphs(paragraphs) + (bullets.isEmpty ? [] : [DocumentBlocks.bullets(bullets)])
            + DocumentBlocks.paragraphs(closing)
    }

    /// The section under its own heading.
    var headedBlocks: [Block] {
        [DocumentBlocks.heading(title)] + blocks
    }
}

extension ReferenceMaterial {
    /// "Henvisninger til relevant materiale" as a heading, the lead and one list per group.
    static var documentBlocks: [Block] {
        [DocumentBlocks.heading("Henvisninger til relevant materiale"), .paragraph(InlineText(summary))]
            + all.flatMap { group in
                [DocumentBlocks.heading([group.publisher, group.heading].compactMap(\.self).joined(separator: ": "), level: 3)]
                    + [DocumentBlocks.bullets(group.items.map { item in item.url.map { "\(item.title) – \($0)" } ?? item.title })]
            }
    }
}
