public import DocumentTree
public import DocumentRendering
import ForebygCore

/// How documents are rendered: the formats, the language of their fixed labels and the CSV
/// options. The `forebyg` tool's `render`, `course`, `example` and `bench` share them.
public struct RenderSettings: Sendable {
    /// The formats to write, in canonical order.
    public var formats: [OutputFormat]
    /// The language of the documents' fixed labels.
    public var language: Language
    /// The CSV dialect and formula guard.
    public var csv: CSVRenderer.Options

    /// Creates settings; the defaults are every format, Danish, and RFC 4180 CSV with the formula guard.
    public init(
        formats: [OutputFormat] = OutputFormat.allCases,
        language: Language = .danish,
        csv: CSVRenderer.Options = CSVRenderer.Options(dialect: .rfc4180, neutralizesFormulas: true)
    ) {
        self.formats = formats
        self.language = language
        self.csv = csv
    }
}
