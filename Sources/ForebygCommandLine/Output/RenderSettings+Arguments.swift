import DocumentTree
import DocumentRendering
import ForebygCore
import ForebygDocuments

extension RenderSettings {
    /// The options every rendering subcommand shares.
    static let options: [OptionSpec] = [
        .value("format", OutputFormat.nameList, "Formats to write, comma-separated (default: all \(OutputFormat.allCases.count))."),
        .value("language", "da|en", "Language of the documents' labels (default: da)."),
        .value("csv-dialect", "rfc4180|excel-da", "CSV flavour: RFC 4180 (comma) or Danish Excel (semicolon, BOM). Default: rfc4180."),
        .flag("no-csv-formula-guard", "Do not prefix cells that start with = + - @ with an apostrophe."),
    ]

    /// Reads the shared options from parsed arguments.
    init(_ arguments: ParsedArguments) throws(UsageError) {
        self.init()
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

    private static let dialectNames: [(name: String, dialect: CSVDialect)] = [("rfc4180", .rfc4180), ("excel-da", .danishExcel)]

    private static func dialect(named name: String) throws(UsageError) -> CSVDialect {
        guard let match = dialectNames.first(where: { $0.name == name }) else {
            throw UsageError.unknown("CSV dialect", name, among: dialectNames.map(\.name))
        }
        return match.dialect
    }
}
