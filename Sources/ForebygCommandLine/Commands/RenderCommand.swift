#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DocumentRendering
import DocumentTree
import ForebygCore
import ForebygDocuments

/// `forebyg render INPUT... --format FORMATS --out DIR`: renders JSON documents of any kind.
enum RenderCommand: Subcommand {
    static let name = "render"
    static let summary = "Render JSON documents of any kind to \(OutputFormat.displayNames), in parallel."
    static let synopsis = "render INPUT... [--format \(OutputFormat.nameList)] [--out DIR] [options]"
    static let out = OutputFolderOption(defaultFolder: "forebyg-out", note: "; input folders are mirrored below it")
    static let options: [OptionSpec] = RenderSettings.options + [
        out.spec,
        .jobs("Documents rendered"),
        .flag("fail-fast", "Stop at the first input that fails."),
        .flag("fsync", "Flush every file and folder to the disk before reporting it written (slower)."),
        .value("print", "FILE", "Also write every rendered document, in input order, into one printable HTML file."),
        .value("print-docx", "FILE", "Also write every rendered document, in input order, into one Word file, each on a new page."),
    ]
    static let discussion = """
        INPUT is a JSON file, a folder (searched recursively for *.json) or - for standard input.
        Each document's kind comes from its own "type" and "version" members. Problems are
        reported with the file and the JSON path; a bad file does not stop the others.
        Files are written atomically (temporary name, then rename). With --print, the documents
        that rendered are also put into one HTML file, each starting on a new page when printed;
        with --print-docx, into one Word file, each document in its own section on a new page.

        Example: forebyg render plans/ --format html,csv --out rendered
        Example: forebyg render forms/ --print forms.html --print-docx forms.docx
        """

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        guard !arguments.positionals.isEmpty else { throw UsageError("render needs at least one INPUT (a file, a folder or -)") }
        let settings = try RenderSettings(arguments)
        let renderer = BatchRenderer(
            registry: .standard, settings: settings,
            outputFolder: out.folder(in: arguments),
            synchronizes: arguments.has("fsync"),
            jobs: try jobs(arguments), failFast: arguments.has("fail-fast"))
        let inputs = InputCollector(readStandardInput: console.readInput).collect(arguments.positionals)
        let status = renderer.runReporting(inputs, console: console)
        let prints = [(OutputFormat.html, arguments.value("print")), (.docx, arguments.value("print-docx"))]
        let printStatuses = prints.compactMap { format, path in
            path.map { writePrintFile(inputs, to: $0, as: format, settings: settings, console: console) }
        }
        return printStatuses.first { $0 != .success } ?? status
    }

    /// Writes the inputs that render into one printable file, in input order: an HTML page, or a
    /// Word file with each document in its own section.
    ///
    /// The inputs are read again: printing a collection is for a handful of forms, not for the
    /// thousands of documents a batch may hold, so the batch itself keeps no documents in memory.
    static func writePrintFile(_ inputs: [InputFile], to path: String, as format: OutputFormat, settings: RenderSettings, console: Console) -> ExitCode {
        let documents = inputs.compactMap { $0.load(with: .standard).renderable?.document(in: settings.language) }
        let title = ForebygCommandLineStrings.for(settings.language).printCollection
        let data = collection(documents, as: format, title: title, language: settings.language)
        guard console.write(data, to: path, what: "the printable file") else { return .inputsFailed }
        console.printError("print: \(documents.count) documents → \(path)")
        return .success
    }

    /// Several documents in one file: a printable HTML page, or a Word file; the other formats
    /// have no such file and give the HTML page.
    static func collection(_ documents: [Document], as format: OutputFormat, title: String, language: Language) -> Data {
        switch format {
        case .docx: Data(WordRenderer().render(documents, title: title, language: language))
        case .markdown, .html, .csv: Data(HTMLRenderer().render(documents, title: title, language: language).utf8)
        }
    }

    /// The `--jobs` value, or the processor count.
    static func jobs(_ arguments: ParsedArguments) throws(UsageError) -> Int {
        try arguments.positiveNumber("jobs", default: ParallelMap.processorCount)
    }
}
