import DocumentTree
import ForebygCore

extension MeetingAgenda {
    /// The agenda as a table: item, minutes (empty when untimed) and content with its questions.
    func table(_ strings: LearningMethodsStrings) -> Block {
        .table(Table(
            name: "agenda",
            caption: InlineText("\(strings.length): \(lengthMinutes) \(strings.minutesUnit)"),
            columns: [
                .init(title: strings.agendaItem, key: "item"), .init(title: strings.minutes, key: "minutes"),
                .init(title: strings.content, key: "content"),
            ],
            rows: items.map { item in
                let content = ([item.description].compactMap { $0 } + item.questions).joined(separator: "\n")
                return [InlineText(item.title), InlineText(item.minutes.map(String.init) ?? ""), InlineText(content)]
            },
            firstColumnIsRowHeader: true
        ))
    }
}
