#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CourseModel
import DocumentRendering
import ForebygCore
import ForebygDocuments

/// `forebyg example [--out DIR]`: writes every built-in example as JSON and renders it in every format.
enum ExampleCommand: Subcommand {
    static let name = "example"
    static let summary = "Write every built-in example as JSON and render it as \(OutputFormat.displayNames)."
    static let synopsis = "example [--out DIR] [--language da|en]"
    static let out = OutputFolderOption(defaultFolder: "forebyg-example")
    static let options: [OptionSpec] = [
        out.spec,
        .value("language", "da|en", "Language of the documents' labels (default: da)."),
    ]
    static let discussion = """
        Writes DIR/json/<module>/<name>.json, renders those files (as 'forebyg render' would) into
        DIR/documents/<module>/, plans the example course into DIR/course/ (as 'forebyg course'
        would, with an iCalendar file), renders the printable documents that have no JSON of
        their own (støtteark, agendas, method guides, blank forms) into DIR/printables/<module>/,
        writes the five støtteark as one printable page DIR/stoetteark.html and as one Word file
        DIR/stoetteark.docx, and prints where everything went.

        Example: swift run forebyg example
        """

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        let out = Self.out.folder(in: arguments)
        let settings = try RenderSettings(arguments)
        let jsonFolder = Paths.join(out, "json")
        let examples = ExampleCatalog.all.compactMap { example -> RenderedFile? in
            do throws(DocumentOutputError) {
                let json = try DocumentCodec.encode(example.document)
                return RenderedFile(path: example.module + "/" + example.name + ".json", bytes: Array(json))
            } catch {
                console.printError("\(example.name): not written (\(error))")
                return nil
            }
        }
        guard console.write(examples, to: jsonFolder, what: "the examples") else { return .inputsFailed }
        console.print("JSON documents:     \(jsonFolder)/ (\(ExampleCatalog.all.count) examples)")
        let documentsFolder = Paths.join(out, "documents")
        let renderer = BatchRenderer(
            registry: .standard, settings: settings, outputFolder: documentsFolder, synchronizes: false,
            jobs: ParallelMap.processorCount, failFast: false)
        let status = renderer.runReporting(InputCollector(readStandardInput: console.readInput).collect([jsonFolder]), console: console)
        console.print("Rendered documents: \(documentsFolder)/ (\(OutputFormat.fileNames(stem: "<name>")))")
        let statuses = [
            status,
            writeCourse(below: out, settings: settings, console: console),
            writePrintables(below: out, settings: settings, console: console),
            writeSupportSheets(below: out, settings: settings, console: console),
        ]
        return statuses.contains(.inputsFailed) ? .inputsFailed : .success
    }

    /// The example course's plan and calendar in DIR/course/.
    private static func writeCourse(below out: String, settings: RenderSettings, console: Console) -> ExitCode {
        let folder = Paths.join(out, "course")
        let files = CourseCommand.outputs(for: CourseExamples.courseConfiguration, stem: "course", settings: settings, startTime: 9 * 60)
        let status = CourseCommand.write(files, to: folder, synchronizes: false, console: console, listsFiles: false)
        console.print("Course plan:        \(folder)/ (\(OutputFormat.fileNames(stem: "course")), course.ics)")
        return status
    }

    /// The printable documents without JSON (support sheets, agendas, guides, blank forms) in DIR/printables/<module>/.
    private static func writePrintables(below out: String, settings: RenderSettings, console: Console) -> ExitCode {
        let folder = Paths.join(out, "printables")
        let files = ExampleCatalog.printables(in: settings.language).flatMap { printable in
            RenderedFile.files(for: printable.document, stem: Paths.join(printable.module, printable.name), settings: settings)
        }
        guard console.write(files, to: folder, what: "the printable documents") else { return .inputsFailed }
        console.print("Printable forms:    \(folder)/ (support sheets, agendas, method guides, blank forms)")
        return .success
    }

    /// The five støtteark as one printable HTML page, DIR/stoetteark.html, and as one Word file,
    /// DIR/stoetteark.docx.
    private static func writeSupportSheets(below out: String, settings: RenderSettings, console: Console) -> ExitCode {
        let sheets = CourseExamples.supportSheets(in: settings.language).map(\.document)
        let title = ForebygCommandLineStrings.for(settings.language).supportSheets
        for format in [OutputFormat.html, .docx] {
            let collection = RenderCommand.collection(sheets, as: format, title: title, language: settings.language)
            guard console.write(collection, to: Paths.join(out, "stoetteark." + format.rawValue), what: "the støtteark") else {
                return .inputsFailed
            }
        }
        console.print("Støtteark 1–5:      \(Paths.join(out, "stoetteark.html")) and .docx (one printable page, one Word file)")
        return .success
    }
}
