import DocumentTree
import ForebygCore

extension AgendaItem {
    /// An agenda as a table: step, item, led by, minutes, content.
    static func table(_ items: [AgendaItem], name: String, in language: Language) -> Table {
        let strings = CourseModelStrings.for(language)
        return Table(
            name: name,
            columns: [
                .init(title: strings.step, key: "step"), .init(title: strings.item, key: "item"),
                .init(title: strings.lead, key: "led_by"), .init(title: strings.minutes, key: "minutes"),
                .init(title: strings.details, key: "details"),
            ],
            rows: items.map { item in
                [
                    InlineText(String(item.step)), InlineText(item.title),
                    InlineText(item.lead?.label(in: language) ?? ""), InlineText(item.minutes.map(String.init) ?? ""),
                    InlineText((item.details + item.questions.map { "• \($0)" }).joined(separator: "\n")),
                ]
            })
    }
}
