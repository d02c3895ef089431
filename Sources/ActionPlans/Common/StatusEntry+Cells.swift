import DocumentTree
import ForebygCore

extension StatusEntry {
    /// The entry as one line: "17.02.2026: I gang" when dated, the text alone otherwise.
    func datedText(in language: Language) -> String {
        guard let date else { return text(in: language) }
        return "\(date.formatted(in: language)): \(text(in: language))"
    }

    /// The cells of a status-history row: date, status label and note.
    func historyCells(in language: Language) -> [InlineText] {
        [
            InlineText(date?.formatted(in: language) ?? ""),
            InlineText(status?.label(in: language) ?? ""),
            InlineText(note ?? ""),
        ]
    }
}
