import ForebygCore

/// `forebyg example [--out DIR]`: writes every built-in example as JSON and renders it in every format.
enum ExampleCommand: Subcommand {
    static let name = "example"
    static let summary = "Write every built-in example as JSON and render it as Markdown, HTML and CSV."
    static let synopsis = "example [--out DIR] [--language da|en]"
    static let options: [OptionSpec] = [
        .value("out", "DIR", "Folder to write into (default: ./forebyg-example)."),
        .value("language", "da|en", "Language of the documents' labels (default: da)."),
    ]
    static let discussion = """
        Writes DIR/json/<module>/<name>.json, renders those files (as 'forebyg render' would) into
        DIR/documents/<module>/, and prints where everything went.

        Example: swift run forebyg example
        """

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitStatus {
        let out = arguments.value("out") ?? "forebyg-example"
        let settings = try RenderSettings(arguments)
        let writer = AtomicFileWriter()
        let jsonFolder = Paths.join(out, "json")
        do throws(PosixError) {
            for example in ExampleCatalog.all {
                let folder = Paths.join(jsonFolder, example.module)
                try PosixFile.makeDirectories(folder)
                try writer.write(DocumentCodec.encode(example.document), to: Paths.join(folder, example.name + ".json"))
            }
        } catch {
            console.printError("\(jsonFolder): could not write the examples (\(error))")
            return .inputsFailed
        }
        console.print("JSON documents:     \(jsonFolder)/ (\(ExampleCatalog.all.count) examples)")
        let documentsFolder = Paths.join(out, "documents")
        let renderer = BatchRenderer(
            registry: .standard, settings: settings, outputFolder: documentsFolder, writer: writer,
            jobs: ParallelMap.processorCount, failFast: false)
        let status = renderer.runReporting(InputCollector(readStandardInput: console.readInput).collect([jsonFolder]), console: console)
        console.print("Rendered documents: \(documentsFolder)/ (<name>.md, <name>.html, <name>-<table>.csv)")
        return status
    }
}
