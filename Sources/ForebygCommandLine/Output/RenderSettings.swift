import DocumentRendering
import ForebygCore

/// How documents are rendered and written: the formats, language and CSV options shared by
/// `render`, `course`, `example` and `bench`.
struct RenderSettings: Sendable {
    /// The formats to write, in canonical order.
    var formats: [OutputFormat] = OutputFormat.allCases
    /// The language of the documents' fixed labels.
    var language: Language = .danish
    /// The CSV dialect and formula guard.
    var csv = CSVRenderer.Options(dialect: .rfc4180, neutralizesFormulas: true)

    /// The options every rendering subcommand shares.
    static let options: [OptionSpec] = [
        .value("format", OutputFormat.nameList, "Formats to write, comma-separated (default: all \(OutputFormat.allCases.count))."),
        .value("language", "da|en", "Language of the documents' labels (default: da)."),
        .value("csv-dialect", "rfc4180|excel-da", "CSV flavour: RFC 4180 (comma) or Danish Excel (semicolon, BOM). Default: rfc4180."),
        .flag("no-csv-formula-guard", "Do not prefix cells that start with = + - @ with an apostrophe."),
    ]

    /// Reads the shared options from parsed arguments.
    init(_ arguments: ParsedArguments) throws(UsageError) {
        if let names = arguments.listValue("format") { formats = try OutputFormat.parseList(names) }
        if let tag = arguments.value("language") {
            guard let chosen = Language(rawValue: tag) else {
                throw UsageError.unknown("language", tag, among: Language.allCases.map(\.rawValue))
            }
            language = chosen
        }
        if let dialect = arguments.value("csv-dialect") { csv.dialect = try Self.dialect(named: dialect) }
        csv.neutralizesFormulas = !arguments.has("no-csv-formula-guard")
    }

    /// Default settings: every format, Danish, RFC 4180 CSV with the formula guard.
    init() {}

    private static let dialectNames: [(name: String, dialect: CSVDialect)] = [("rfc4180", .rfc4180), ("excel-da", .danishExcel)]

    private static func dialect(named name: String) throws(UsageError) -> CSVDialect {
        guard let match = dialectNames.first(where: { $0.name == name }) else {
            throw UsageError.unknown("CSV dialect", name, among: dialectNames.map(\.name))
        }
        return match.dialect
    }
}
