import CourseModel
import ForebygCore
import ForebygDocuments

/// `forebyg course CONFIG.json`: a course's schedule and hours budget, and its meetings as iCalendar.
enum CourseCommand: Subcommand {
    static let name = "course"
    static let summary = "Plan a course: its schedule and hours budget in the chosen formats, and an iCalendar file."
    static let synopsis = "course CONFIG.json [--format \(OutputFormat.nameList)] [--out DIR] [--start-time HH:MM] [options]"
    static let out = OutputFolderOption(defaultFolder: "forebyg-course")
    static let options: [OptionSpec] = RenderSettings.options + [
        out.spec,
        .value("start-time", "HH:MM", "When every meeting starts, Danish local time (default: 09:00)."),
        .flag("fsync", "Flush every file and the folder to the disk before reporting them written (slower)."),
    ]
    static let discussion = """
        CONFIG.json is a course-configuration document (see 'forebyg schema course-configuration').
        Writes \(OutputFormat.fileNames(stem: "<stem>")) (the course plan: schedule, hours
        per person, role and phase, duties) and <stem>.ics (every meeting, Europe/Copenhagen time).

        Example: forebyg course laerkehoej.json --format html --out kursus
        """

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            throw UsageError("course needs exactly one CONFIG.json")
        }
        let settings = try RenderSettings(arguments)
        let startTime = try startMinutes(arguments.value("start-time") ?? "09:00")
        let inputs = InputCollector(readStandardInput: console.readInput).collect([path])
        guard inputs.count == 1, let input = inputs.first else {
            throw UsageError("course needs one CONFIG.json file; '\(path)' is a folder")
        }
        let loaded = input.load(with: DocumentRegistry([DocumentKind(CourseConfiguration.self)]))
        loaded.diagnostics.forEach { console.printError("\(input.displayPath): \($0)") }
        guard let configuration = loaded.renderable as? CourseConfiguration else { return .inputsFailed }
        let files = outputs(for: configuration, stem: input.outputStem, settings: settings, startTime: startTime)
        return write(files, to: out.folder(in: arguments), synchronizes: arguments.has("fsync"), console: console)
    }

    /// The course plan in the chosen formats and the `.ics` file, named after `stem`.
    static func outputs(for configuration: CourseConfiguration, stem: String, settings: RenderSettings, startTime: Int) -> [RenderedFile] {
        let calendar = CourseCalendar(configuration: configuration, language: settings.language, startTime: startTime)
        return RenderedFile.files(for: configuration.document(in: settings.language), stem: stem, settings: settings)
            + [RenderedFile(path: stem + ".ics", contents: calendar.iCalendar())]
    }

    /// Writes the files, lists them on standard output if `listsFiles`, and ends with a summary line.
    static func write(
        _ files: [RenderedFile], to folder: String, synchronizes: Bool, console: Console, listsFiles: Bool = true
    ) -> ExitCode {
        guard console.write(files, to: folder, synchronizes: synchronizes, what: "the course files") else { return .inputsFailed }
        if listsFiles { files.forEach { console.print(Paths.join(folder, $0.path)) } }
        let bytes = files.reduce(0) { $0 + $1.bytes.count }
        console.printError("course: \(files.count) files written (\(BatchSummary.megabytes(bytes))) → \(folder)")
        return .success
    }

    /// Minutes after midnight of `HH:MM`; a usage error otherwise.
    static func startMinutes(_ text: String) throws(UsageError) -> Int {
        guard let time = LocalDateTime(isoString: "2000-01-01T\(text)") else {
            throw UsageError("--start-time needs a time as HH:MM, found '\(text)'")
        }
        return time.minuteOfDay
    }
}
