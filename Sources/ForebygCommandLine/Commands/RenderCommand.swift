import DocumentRendering
import ForebygCore

/// `forebyg render INPUT... --format FORMATS --out DIR`: renders JSON documents of any kind.
enum RenderCommand: Subcommand {
    static let name = "render"
    static let summary = "Render JSON documents of any kind to \(OutputFormat.displayNames), in parallel."
    static let synopsis = "render INPUT... [--format \(OutputFormat.nameList)] [--out DIR] [options]"
    static let options: [OptionSpec] = RenderSettings.options + [
        .value("out", "DIR", "Folder to write into (default: ./forebyg-out); input folders are mirrored below it."),
        .value("jobs", "N", "Documents rendered at once (default: one per processor)."),
        .flag("fail-fast", "Stop at the first input that fails."),
        .flag("fsync", "Flush every file and folder to the disk before reporting it written (slower)."),
        .value("print", "FILE", "Also write every rendered document, in input order, into one printable HTML file."),
    ]
    static let discussion = """
        INPUT is a JSON file, a folder (searched recursively for *.json) or - for standard input.
        Each document's kind comes from its own "type" and "version" members. Problems are
        reported with the file and the JSON path; a bad file does not stop the others.
        Files are written atomically (temporary name, then rename). With --print, the documents
        that rendered are also put into one HTML file, each starting on a new page when printed.

        Example: forebyg render plans/ --format html,csv --out rendered
        Example: forebyg render forms/ --print forms.html
        """

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        guard !arguments.positionals.isEmpty else { throw UsageError("render needs at least one INPUT (a file, a folder or -)") }
        let settings = try RenderSettings(arguments)
        let renderer = BatchRenderer(
            registry: .standard, settings: settings,
            outputFolder: arguments.value("out") ?? "forebyg-out",
            writer: AtomicFileWriter(synchronizes: arguments.has("fsync")),
            jobs: try jobs(arguments), failFast: arguments.has("fail-fast"))
        let inputs = InputCollector(readStandardInput: console.readInput).collect(arguments.positionals)
        let status = renderer.runReporting(inputs, console: console)
        guard let printPath = arguments.value("print") else { return status }
        let printStatus = writePrintFile(inputs, to: printPath, settings: settings, console: console)
        return printStatus == .success ? status : printStatus
    }

    /// Writes the inputs that render into one printable HTML page, in input order.
    ///
    /// The inputs are read again: printing a collection is for a handful of forms, not for the
    /// thousands of documents a batch may hold, so the batch itself keeps no documents in memory.
    static func writePrintFile(_ inputs: [InputFile], to path: String, settings: RenderSettings, console: Console) -> ExitCode {
        let documents = inputs.compactMap { $0.load(with: .standard).renderable?.document(in: settings.language) }
        let title = ForebygCommandLineStrings.for(settings.language).printCollection
        let html = HTMLRenderer().render(documents, title: title, languageTag: settings.language.tag)
        do throws(PosixError) {
            try AtomicFileWriter().write(html, to: path)
        } catch {
            console.printError("\(path): could not write the printable page (\(error))")
            return .inputsFailed
        }
        console.printError("print: \(documents.count) documents → \(path)")
        return .success
    }

    /// The `--jobs` value, or the processor count.
    static func jobs(_ arguments: ParsedArguments) throws(UsageError) -> Int {
        try arguments.positiveNumber("jobs", default: ParallelMap.processorCount)
    }
}
