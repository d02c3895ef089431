import ActionPlans
public import DocumentTree
import ForebygCore

extension SupportSheet {
    /// The sheet as a document. Støtteark 4 has the blank form (fields with writing space) and,
    /// under its own heading, the seed's filled example (`PlanExamples.seed000Proposal` of ActionPlans);
    /// the seed's OBS and FAKTA boxes are callouts.
    public func document(in language: Language) -> Document {
        SeedSource.preventionPackage.document(
            metadata: DocumentMetadata(title: title(in: language), language: language, slug: slug),
            blocks: blocks(in: language))
    }

    /// All five sheets in one document, with a page break between sheets.
    public static func composedDocument(in language: Language) -> Document {
        let strings = CourseModelStrings.for(language)
        let blocks = allCases.enumerated().flatMap { index, sheet in
            (index == 0 ? [] : [Block.pageBreak]) + [Block.heading(sheet.title(in: language))]
                + sheet.blocks(in: language).map { $0.demoted }
        }
        return SeedSource.preventionPackage.document(
            metadata: DocumentMetadata(title: strings.supportSheet, language: language, slug: "stoetteark"),
            blocks: blocks)
    }

    private func blocks(in language: Language) -> [Block] {
        let lead = [Block.paragraph(summary)]
        switch self {
        case .courseOverview: return lead + overviewBlocks(in: language)
        case .practiceStories: return lead + practiceStoryBlocks(in: language)
        case .facilitatorGuide: return lead + facilitatorBlocks(in: language)
        case .proposalForm: return lead + proposalFormBlocks(in: language)
        case .sparringMeetings: return lead + sparringBlocks(in: language)
        }
    }

    private func overviewBlocks(in language: Language) -> [Block] {
        [
            .paragraph("Forebyggelsespakken indeholder beskrivelse af en proces i følgende faser:"),
            .table(CoursePhase.timelineTable(name: "timeline", sparring: false, in: language)),
        ]
    }

    private func practiceStoryBlocks(in language: Language) -> [Block] {
        let strings = CourseModelStrings.for(language)
        let introduction: [Block] =
            [
                .paragraph("I dette støtteark finder du:"), Block.bullets(PracticeStories.contents),
                Block.heading("Formål"),
            ]
            + PracticeStories.purpose.map(Block.paragraph)
            + [
                .callout(Callout(kind: .note, title: strings.obs, blocks: [.paragraph(PracticeStories.caution)])),
                Block.heading("Sådan bruger I metoden"),
            ]
            + PracticeStories.method.map(Block.paragraph)
            + [
                Block.bullets(PracticeStories.discussionQuestions), .paragraph("Forslagene kan fx handle om:"),
                Block.bullets(PracticeStories.proposalKinds), .paragraph(PracticeStories.proposalsFollowUp),
                Block.heading("Spilleregler for praksisfortællinger"), Block.bullets(PracticeStories.rules),
                Block.heading("Inspiration til valg af tema i praksisfortællinger"),
            ]
        let themes: [Block] =
            PracticeStories.themeInspiration.map(Block.paragraph)
            + [
                .paragraph("Eksempler på temaer, I kan tage op i praksisfortællingerne:"),
                Block.bullets(StoryTheme.examples.map(\.theme)),
            ] + PracticeStories.themeNotes.map(Block.paragraph)
        return introduction + themes + StoryTheme.examples.flatMap { $0.blocks(in: language) }
    }

    private func facilitatorBlocks(in language: Language) -> [Block] {
        [
            .paragraph("Dette støtteark indeholder følgende:"), Block.bullets(FacilitatorGuide.contents),
            Block.heading("Hvad er en praksisfortællingstovholder?"), .paragraph(FacilitatorGuide.roleLead),
            Block.bullets(FacilitatorGuide.role),
            Block.heading("Oversigt over trin i praksisfortællingsmøder"),
            .paragraph(FacilitatorGuide.stepsLead),
            .table(AgendaItem.table(MeetingKind.storyMeetingSteps, name: "story-meeting-steps", in: language)),
            Block.heading("Spørgeguide til brug i praksisfortællinger"), Block.heading("Formål", level: 3),
        ] + FacilitatorGuide.guidePurpose.map(Block.paragraph)
            + FacilitatorGuide.sections.flatMap { section in
                [Block.heading(section.title, level: 3), .list(ListBlock(style: .bulleted, items: section.questions.map(\.blocks)))]
            }
    }

    private func proposalFormBlocks(in language: Language) -> [Block] {
        proposalFields(of: PlanExamples.blankProposal, wording: .form, in: language)
            + [Block.heading(PlanExamples.seed000Proposal.title ?? "")]
            + proposalFields(of: PlanExamples.seed000Proposal, wording: .filledExample, in: language)
    }

    /// The ten questions under the seed's two leads, answered from `proposal` (blank when it
    /// has no answer), in the given wording.
    private func proposalFields(of proposal: Proposal, wording: Proposal.QuestionWording, in language: Language) -> [Block] {
        let fields = { (respondent: ProposalQuestion.Respondent) -> [Block] in
            ProposalQuestion.allCases.filter { $0.respondent == respondent }.map {
                .field($0.field(answer: proposal.answer(to: $0), in: language, wording: wording))
            }
        }
        return [.paragraph("Spørgsmål til arbejdsgruppen:")] + fields(.workingGroup)
            + [.paragraph("Spørgsmål til implementeringsgruppen:")] + fields(.implementationGroup)
    }

    private func sparringBlocks(in language: Language) -> [Block] {
        let kind = MeetingKind.sparringMeeting
        return [
            .paragraph(
                "Dette støtteark er tænkt til jer, der ønsker at gennemføre forebyggelsespakken med flere arbejdsgrupper på en gang. Her kan det være en god idé at indtænke sparringsmøder for tovholderne og implementeringsgruppen, hvor gode erfaringer og udfordringer ved metoden kan blive drøftet."),
            .paragraph("Vælger I at afholde sparringsmøder, vil tids- og aktivitetsoversigten se sådan ud:"),
            Block.heading("Tids- og aktivitetsoversigt"),
            .table(CoursePhase.timelineTable(name: "timeline-with-sparring", sparring: true, in: language)),
            Block.heading("Sparringsmøde (1 time)"),
        ] + kind.introduction.map(Block.paragraph)
            + [.paragraph("Formålet med mødet er:"), Block.bullets(kind.purposes)]
            + [.paragraph("Mødelederen sørger for, at alle kommer til orde, og at tvivlsspørgsmål bliver afklaret."), Block.bullets(kind.followUp)]
            + [
                Block.heading("Sparringsmøde (1 time)"),
                .paragraph(
                    "Den daglige leder inviterer tovholderne og implementeringsgruppen til det andet – og sidste – sparringsmøde. Den daglige leder eller en anden fra implementeringsgruppen er mødeleder."),
                .paragraph("På mødet drøftes de samme emner som på det første sparringsmøde."),
            ]
    }
}

extension StoryTheme {
    /// The story's heading, the story in an example box, and its guideline references in a fact box.
    func blocks(in language: Language) -> [Block] {
        let strings = CourseModelStrings.for(language)
        let passages: [Block] = story.map { passage in
            switch passage {
            case .paragraph(let text): .paragraph(text)
            case .bullets(let items): Block.bullets(items)
            }
        }
        let references = guidelines.map { "Retningslinje \($0.number), ”\($0.title)”" }
        return [
            Block.heading("\(number). \(storyTitle)", level: 3),
            .callout(Callout(kind: .example, title: strings.example, blocks: passages)),
            .callout(
                Callout(
                    kind: .fact, title: strings.guidelines,
                    blocks: [.paragraph(PracticeStories.guidelineLead), Block.bullets(references)])),
        ]
    }
}

extension FacilitatorGuide.Question {
    /// The question as a list item, with its follow-ups as a nested list.
    var blocks: [Block] {
        [.paragraph(text)] + (followUps.isEmpty ? [] : [Block.bullets(followUps)])
    }
}

extension Block {
    /// The block with its heading one level lower, for composing documents under a new heading.
    var demoted: Block {
        if case .heading(let level, let text) = self { return .heading(level: level + 1, text: text) }
        return self
    }
}
