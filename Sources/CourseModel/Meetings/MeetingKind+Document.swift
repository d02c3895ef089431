public import DocumentTree
import ForebygCore

extension MeetingKind {
    /// The meeting kind as a document: length, introduction, purposes, the agenda as a table
    /// (step, item, led by, minutes, content) and what follows the meeting. Story meetings show
    /// three agendas (the first meeting, the meetings between and the last meeting), the
    /// implementation group's formøder and the sparringsmøder two each.
    public func document(in language: Language) -> Document {
        let strings = CourseModelStrings.for(language)
        let blocks: [Block] =
            [
                .paragraph("\(strings.length): \(strings.duration(durationMinutes()))"),
                .paragraph(
                    InlineText(
                        "\(strings.participants): \(participantRoles.map { $0.label(in: language) }.joined(separator: ", "))")),
            ]
            + introduction.map(Block.paragraph)
            + [Block.heading(strings.purposes), Block.bullets(purposes)]
            + agendaBlocks(in: language)
            + (followUp.isEmpty ? [] : [Block.heading(strings.afterTheMeeting), Block.bullets(followUp)])
        return Document(
            metadata: DocumentMetadata(
                title: "\(strings.agendaTitle): \(label(in: language))", language: language, slug: agendaSlug),
            blocks: blocks)
    }

    /// A stable file-name-safe name for the agenda document, for example `agenda-midway-meeting`.
    public var agendaSlug: String {
        "agenda-" + rawValue.reduce(into: "") { slug, character in
            slug += character.isUppercase ? "-\(character.lowercased())" : String(character)
        }
    }

    private func agendaBlocks(in language: Language) -> [Block] {
        let strings = CourseModelStrings.for(language)
        let variants = agendaVariants(strings)
        guard !variants.isEmpty else {
            return [
                Block.heading(strings.agenda), .table(AgendaItem.table(agenda(), name: "agenda", in: language)),
            ] + questionBlocks(agenda(), in: language)
        }
        let count = CourseConfiguration.defaultStoryMeetingCount
        return [Block.heading(strings.agenda)]
            + variants.flatMap { variant in
                [
                    Block.heading(
                        "\(variant.title) (\(strings.duration(durationMinutes(number: variant.number, of: count))))", level: 3),
                    .table(AgendaItem.table(agenda(number: variant.number, of: count), name: variant.name, in: language)),
                ]
            }
    }

    /// The agendas that differ by the meeting's number: story meetings (first, between, last)
    /// and the two formøder and two sparringsmøder; empty for the other kinds.
    private func agendaVariants(_ strings: CourseModelStrings) -> [(title: String, number: Int, name: String)] {
        switch self {
        case .storyMeeting:
            [
                (strings.firstStoryMeeting, 1, "agenda-first"), (strings.regularStoryMeeting, 2, "agenda"),
                (strings.lastStoryMeeting, CourseConfiguration.defaultStoryMeetingCount, "agenda-last"),
            ]
        case .preMeeting:
            [(strings.preMeetingBeforeMidway, 1, "agenda-first"), (strings.preMeetingBeforeFinal, 2, "agenda-second")]
        case .sparringMeeting:
            [(strings.firstSparringMeeting, 1, "agenda-first"), (strings.secondSparringMeeting, 2, "agenda-second")]
        default: []
        }
    }

    /// The agenda items' questions as lists under their item's title, for readers of the printed agenda.
    private func questionBlocks(_ items: [AgendaItem], in language: Language) -> [Block] {
        items.filter { !$0.questions.isEmpty }.flatMap { item in
            [Block.heading(item.title, level: 3), Block.bullets(item.questions)]
        }
    }
}
