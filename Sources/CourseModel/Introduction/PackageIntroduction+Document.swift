public import DocumentTree
public import ForebygCore

extension PackageIntroduction {
    /// The rule or guidance the reading guide's second footnote cites: AT-vejledning D.4.3-4 om Vold.
    public static let readingGuideReference: LegalReferenceID = "at-vejledning-d-4-3-4"

    /// The introduction as a document, with the legal references' statuses from
    /// ``LegalReferenceRegister/builtIn`` as of its own day.
    public static func document(in language: Language) -> Document {
        document(in: language, references: .builtIn)
    }

    /// The introduction as a document: the seed's opening sections with its FAKTA and OBS boxes
    /// as callouts, the roles as the organisation chart sums them up, the four phases, the five
    /// support sheets and the further reading.
    ///
    /// References to rules and guidance stay as the seed published them; where `references` says
    /// one no longer applies as of its ``LegalReferenceRegister/asOf`` day, a status line follows
    /// it, for example "Afløst af Bekendtgørelse nr. 1406 af 26.09.2020 om psykisk arbejdsmiljø (fra 01.11.2020).".
    public static func document(in language: Language, references: LegalReferenceRegister) -> Document {
        let strings = CourseModelStrings.for(language)
        let fact = { (section: Section, extra: [Block]) in
            Block.callout(Callout(kind: .fact, title: "\(strings.fact): \(section.title)", blocks: section.blocks + extra))
        }
        let footnoteStatus = references.statusLine(for: readingGuideReference, in: language)
        let blocks: [Block] =
            whatIsIt.headedBlocks + [fact(readingGuide, footnoteStatus.map { [.paragraph(InlineText([.emphasis($0)]))] } ?? [])]
            + purposes.headedBlocks + outcomes.headedBlocks
            + methods.headedBlocks + stepByStep.headedBlocks + [fact(nationalGuidelines, [])] + courseLength.headedBlocks
            + participants.headedBlocks
            + [
                .callout(Callout(kind: .note, title: strings.obs, blocks: [.paragraph(severalWorkingGroupsNote)])),
                roleOverview(in: language), Block.heading("De 4 faser"), .paragraph(phasesOverview[0]),
                Block.bullets(CoursePhase.allCases.map { "\($0.title(in: language)) – \($0.span)" }),
                .paragraph(phasesOverview[1]), Block.heading("Oversigt over de 5 støtteark"),
            ]
            + SupportSheet.allCases.flatMap { sheet in
                [Block.heading(sheet.title(in: language), level: 3), .paragraph(sheet.summary)]
            }
            + ReferenceMaterial.documentBlocks(in: language, references: references)
        return SeedSource.preventionPackage.document(
            metadata: DocumentMetadata(title: strings.introductionTitle, language: language, slug: "introduktion"),
            blocks: blocks)
    }

    /// Each role's name and its line(s) from the organisation chart.
    private static func roleOverview(in language: Language) -> Block {
        let roles = CourseRole.allCases.filter { !$0.overview.isEmpty }
        return Block.bullets(roles.map { "\($0.label(in: language)): \($0.overview.joined(separator: "; "))" })
    }
}

extension PackageIntroduction.Section {
    /// The section's paragraphs, bullets and closing paragraphs.
    var blocks: [Block] {
        paragraphs.map(Block.paragraph) + (bullets.isEmpty ? [] : [Block.bullets(bullets)])
            + closing.map(Block.paragraph)
    }

    /// The section under its own heading.
    var headedBlocks: [Block] {
        [Block.heading(title)] + blocks
    }
}

extension ReferenceMaterial {
    /// "Henvisninger til relevant materiale" as a heading, the lead and one list per group; an
    /// item that no longer applies is followed by its status line.
    static func documentBlocks(in language: Language, references: LegalReferenceRegister) -> [Block] {
        [Block.heading("Henvisninger til relevant materiale"), .paragraph(summary)]
            + all.flatMap { group in
                [
                    Block.heading([group.publisher, group.heading].compactMap(\.self).joined(separator: ": "), level: 3),
                    .list(ListBlock(style: .bulleted, paragraphs: group.items.map { $0.text(in: language, references: references) })),
                ]
            }
    }
}

extension ReferenceMaterial.Item {
    /// The title and address as the seed gives them, then the status line, if any, on a line of its own.
    func text(in language: Language, references: LegalReferenceRegister) -> InlineText {
        let cited = url.map { "\(title) – \($0)" } ?? title
        guard let status = legalReference.flatMap({ references.statusLine(for: $0, in: language) }) else {
            return InlineText(cited)
        }
        return InlineText([.text(cited + "\n"), .emphasis(status)])
    }
}
