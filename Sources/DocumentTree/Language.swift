/// A language the library writes documents in. Danish is the default; English proves the mechanism.
///
/// It lives in DocumentTree so that a document's metadata, its charts and the renderers name it
/// as a type rather than a tag; the domain modules' `document(in:)` and `label(in:)` take it too.
///
/// The seeds' own content (questions, agendas, rules) stays in Danish, as published; what
/// changes with the language are the library's fixed labels: headings, column titles, field names.
public enum Language: String, CaseIterable, Codable, Sendable {
    /// Danish (`da`), the default.
    case danish = "da"
    /// English (`en`).
    case english = "en"

    /// The BCP 47 tag, for example `da`.
    public var tag: String { rawValue }

    /// The decimal separator the language writes numbers with: `,` in Danish, `.` in English.
    public var decimalSeparator: String {
        switch self {
        case .danish: ","
        case .english: "."
        }
    }
}
