import DocumentTree
import ForebygCore

extension StatusEntry {
    /// The entry as one line: "17.02.2026: I gang" when dated, the text alone otherwise.
    func datedText(in language: Language) -> String {
        guard let date else { return text(in: language) }
        return "\(date.formatted(in: language)): \(text(in: language))"
    }

    /// The `status-history` table every plan prints: one row per status entry, after the title of
    /// the measure (activity, focus area) it belongs to, in the column `subject`.
    static func historyTable(
        subject: Table.Column, of measures: [(title: String, history: [StatusEntry])],
        _ strings: ActionPlansStrings, _ language: Language
    ) -> Table {
        Table(
            name: "status-history",
            columns: [
                subject, .init(title: strings.statusDate, key: "status_date"),
                .init(title: strings.status, key: "status"), .init(title: strings.statusNote, key: "note"),
            ],
            rows: measures.flatMap { measure in
                measure.history.map { $0.historyCells(of: measure.title, in: language) }
            },
            firstColumnIsRowHeader: true)
    }

    /// The cells of a status-history row: the measure's title, then date, status label and note.
    private func historyCells(of title: String, in language: Language) -> [InlineText] {
        [
            InlineText(title),
            InlineText(date?.formatted(in: language) ?? ""),
            InlineText(status?.label(in: language) ?? ""),
            InlineText(note ?? ""),
        ]
    }
}
