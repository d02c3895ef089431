import DocumentTree
import ForebygCore

/// Small builders shared by the module's document mappings.
enum DocumentHelpers {
    /// A field whose answer is the given entries; with no entries it is blank, printed with
    /// writing space, so a partly filled form can still be completed by hand.
    static func field(_ label: String, entries: [String], writingLines: Int = 4) -> Block {
        .field(Field(label: InlineText(label), answer: entries.isEmpty ? nil : entries.map { InlineText($0) }, writingLines: writingLines))
    }

    /// A field with a single optional answer; blank when there is none.
    static func field(_ label: String, text: String?) -> Block {
        field(label, entries: text.map { [$0] } ?? [])
    }

    /// A date formatted for the language, or an empty value.
    static func formatted(_ date: CalendarDate?, in language: Language) -> InlineText {
        InlineText(date?.formatted(in: language) ?? "")
    }

    /// A bulleted list of plain paragraphs.
    static func bullets(_ items: [String]) -> Block {
        .list(ListBlock(style: .bulleted, paragraphs: items.map { InlineText($0) }))
    }

    /// The revisions table shared by the plans.
    static func revisionsTable(_ revisions: [PlanRevision], strings: LearningMethodsStrings, language: Language) -> Block {
        .table(Table(
            name: "revisions",
            columns: [
                .init(title: strings.date, key: "date"), .init(title: strings.by, key: "by"),
                .init(title: strings.change, key: "note"),
            ],
            rows: revisions.map { [formatted($0.date, in: language), InlineText($0.by?.rawValue ?? ""), InlineText($0.note ?? "")] }
        ))
    }

    /// An agenda as a table: item, minutes (empty when untimed) and content with its questions.
    static func agendaTable(_ agenda: MeetingAgenda, strings: LearningMethodsStrings) -> Block {
        .table(Table(
            name: "agenda",
            caption: InlineText("\(strings.length): \(agenda.lengthMinutes) \(strings.minutesUnit)"),
            columns: [
                .init(title: strings.agendaItem, key: "item"), .init(title: strings.minutes, key: "minutes"),
                .init(title: strings.content, key: "content"),
            ],
            rows: agenda.items.map { item in
                let content = ([item.description].compactMap { $0 } + item.questions).joined(separator: "\n")
                return [InlineText(item.title), InlineText(item.minutes.map(String.init) ?? ""), InlineText(content)]
            },
            firstColumnIsRowHeader: true
        ))
    }
}
