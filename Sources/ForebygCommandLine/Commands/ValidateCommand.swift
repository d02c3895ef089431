#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import ForebygDocuments

/// `forebyg validate INPUT... [--json]`: reports every error and warning with file and JSON path.
enum ValidateCommand: Subcommand {
    static let name = "validate"
    static let summary = "Check JSON documents: errors and warnings with file and JSON path."
    static let synopsis = "validate INPUT... [--json] [--as-of YYYY-MM-DD]"
    static let options: [OptionSpec] = [
        .flag("json", "Print a JSON array of {file, severity, code, path, message} instead of text."),
        .value("as-of", "YYYY-MM-DD", "Measure the methods' findings (overdue, missed) as of this day instead of each document's own date."),
        .jobs("Documents checked"),
    ]
    static let discussion = """
        INPUT is a JSON file, a folder (searched recursively for *.json) or - for standard input.
        Exits with 1 if any document has an error; warnings alone exit with 0.
        Warnings whose code starts with "finding." are what the methods flag (a day in the
        Mestringsskema's red fields without a BVC scoring, a missed scheduled scoring, an overdue
        review or measure, a late learning talk), as of each document's own date or --as-of.

        Example: forebyg validate plans/ --json
        """

    /// One problem of one file, as `--json` prints it.
    struct Record: Codable, Hashable, Sendable {
        /// The input file.
        let file: String
        /// `error` or `warning`.
        let severity: Diagnostic.Severity
        /// The diagnostic's stable code.
        let code: String
        /// The JSON path, for example `$.rows[2].responsible`.
        let path: String
        /// What is wrong.
        let message: String

        /// `file: severity at $.path: message (code)`, as the text output prints it.
        var line: String { "\(file): \(severity.rawValue) at \(path): \(message) (\(code))" }
    }

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        guard !arguments.positionals.isEmpty else { throw UsageError("validate needs at least one INPUT (a file, a folder or -)") }
        let inputs = InputCollector(readStandardInput: console.readInput).collect(arguments.positionals)
        let registry = DocumentRegistry.standard
        let asOf = try findingsDate(arguments)
        let asJSON = arguments.has("json")
        let outcomes = ParallelMap.map(
            count: inputs.count, jobs: try RenderCommand.jobs(arguments),
            emit: { index, diagnostics in
                // Text is printed as each file finishes (in input order), so a failure late in a
                // batch never costs the earlier files their report.
                guard !asJSON else { return }
                Self.records(of: inputs[index], diagnostics).forEach { console.print($0.line) }
            }
        ) { index in
            (inputs[index].load(with: registry, findingsAsOf: asOf).diagnostics, false)
        }
        let records = zip(inputs, outcomes).flatMap { input, diagnostics in Self.records(of: input, diagnostics ?? []) }
        if asJSON {
            // Records hold only strings, which always encode.
            console.writeOutput(String(decoding: (try? DocumentCodec.encodeBody(records)) ?? Data("[]\n".utf8), as: UTF8.self))
        }
        let errors = records.filter { $0.severity == .error }
        let failedFiles = Set(errors.map(\.file)).count
        let counts = "\(BatchSummary.counted(errors.count, "error")), \(BatchSummary.counted(records.count - errors.count, "warning"))"
        console.printError("validated \(inputs.count) documents: \(inputs.count - failedFiles) valid, \(failedFiles) with errors (\(counts))")
        return errors.isEmpty ? .success : .inputsFailed
    }

    /// The records of one file's diagnostics.
    private static func records(of input: InputFile, _ diagnostics: [Diagnostic]) -> [Record] {
        diagnostics.map { Record(file: input.displayPath, severity: $0.severity, code: $0.code.rawValue, path: $0.path.description, message: $0.message) }
    }

    /// The `--as-of` day, if given.
    private static func findingsDate(_ arguments: ParsedArguments) throws(UsageError) -> CalendarDate? {
        guard let text = arguments.value("as-of") else { return nil }
        guard let date = CalendarDate(isoString: text) else { throw UsageError("--as-of needs a day as YYYY-MM-DD, found \"\(text)\"") }
        return date
    }

}
