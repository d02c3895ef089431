import ActionPlans
import DocumentTree
import ForebygCore
import ForebygDocuments
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// `forebyg bench`: measures batch rendering of synthetic handleplaner, end to end and render-only,
/// on one job and on all processors.
enum BenchCommand: Subcommand {
    static let name = "bench"
    static let summary = "Measure batch rendering of synthetic handleplaner: end to end and render-only, 1 job vs all."
    static let synopsis = "bench [--documents N | --inputs DIR] [--only end-to-end|render] [--format …] [--jobs J] [--runs R]"
    static let options: [OptionSpec] = RenderSettings.options + [
        .value("documents", "N", "Synthetic plans to render (default: 1000)."),
        .value("jobs", "J", "Jobs for the parallel runs (default: one per processor); always compared with 1 job."),
        .value("runs", "R", "Times each measurement is repeated; the fastest counts (default: 1)."),
        .value("dir", "DIR", "Scratch folder (default: a new folder in $TMPDIR or /tmp, deleted afterwards)."),
        .value("inputs", "DIR", "Measure these workplace-action-plan JSON files (a folder) instead of synthetic plans."),
        .value("only", "PART", "Measure only `end-to-end` or only `render` (default: both)."),
    ]
    static let discussion = """
        Generates N synthetic workplace handleplaner (fixed seed), writes them as JSON, then measures
          end to end: read JSON → decode → validate → document → every format → files written;
          render only: documents already built → every format in memory.
        Reports documents/s and output MB/s with 1 job and with J jobs. Files are not fsynced.
        --inputs DIR measures a folder of workplace-action-plan files instead (for example the
        Jinja2 peer's plans converted by Benchmarks/convert-peer-plans.py); --only picks one
        measurement; --format and the CSV options choose what is rendered.

        Example: swift run -c release forebyg bench --documents 10000
        """

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        let count = try arguments.positiveNumber("documents", default: 1000)
        let jobs = try RenderCommand.jobs(arguments)
        let runs = try arguments.positiveNumber("runs", default: 1)
        let ownsFolder = arguments.value("dir") == nil
        let folder = arguments.value("dir") ?? Paths.join(environment("TMPDIR") ?? "/tmp", "forebyg-bench-\(getpid())")
        defer { if ownsFolder { removeTree(folder) } }
        let only = arguments.value("only")
        guard only == nil || only == "render" || only == "end-to-end" else {
            throw UsageError("--only must be `end-to-end` or `render`, not \"\(only ?? "")\"")
        }
        let plans: [WorkplaceActionPlan]
        let inputs: [InputFile]
        if let inputFolder = arguments.value("inputs") {
            console.print("bench: plans from \(inputFolder), \(ParallelMap.processorCount) processors, load average \(loadAverage()), scratch \(folder)")
            guard let loaded = BenchCorpus.load(from: inputFolder, console: console) else { return .inputsFailed }
            (plans, inputs) = loaded
        } else {
            plans = BenchCorpus.plans(count: count)
            console.print("bench: \(count) synthetic handleplaner (seed \(BenchCorpus.seed)), \(ParallelMap.processorCount) processors, load average \(loadAverage()), scratch \(folder)")
            guard let written = writeInputs(plans, to: Paths.join(folder, "in"), console: console) else { return .inputsFailed }
            inputs = written
        }
        let settings = try RenderSettings(arguments)
        let jobCounts = jobs == 1 ? [1] : [1, jobs]
        if only != "render" { measureEndToEnd(inputs, settings: settings, jobCounts: jobCounts, runs: runs, folder: folder, console: console) }
        if only != "end-to-end" { measureRenderOnly(plans, settings: settings, jobCounts: jobCounts, runs: runs, console: console) }
        return .success
    }

    /// Times and reports the end-to-end batches, 1 job and J jobs.
    private static func measureEndToEnd(_ inputs: [InputFile], settings: RenderSettings, jobCounts: [Int], runs: Int, folder: String, console: Console) {
        console.print("end to end (read JSON → decode → validate → document → \(formatList(settings)) → files written):")
        var baseline: BenchMeasurement?
        for jobCount in jobCounts {
            let measurement = BenchMeasurement.fastest(of: runs, jobs: jobCount) {
                endToEnd(inputs, settings: settings, jobs: jobCount, into: Paths.join(folder, "out-\(jobCount)"))
            }
            console.print(measurement.line(comparedWith: baseline))
            baseline = baseline ?? measurement
        }
    }

    /// Times and reports rendering the plans' documents in memory, 1 job and J jobs.
    private static func measureRenderOnly(_ plans: [WorkplaceActionPlan], settings: RenderSettings, jobCounts: [Int], runs: Int, console: Console) {
        console.print("render only (documents in memory → \(formatList(settings)) in memory):")
        let documents = plans.map { $0.document(in: settings.language) }
        var baseline: BenchMeasurement?
        for jobCount in jobCounts {
            let measurement = BenchMeasurement.fastest(of: runs, jobs: jobCount) { renderOnly(documents, settings: settings, jobs: jobCount) }
            console.print(measurement.line(comparedWith: baseline))
            baseline = baseline ?? measurement
        }
    }

    /// Writes the plans as JSON files (not timed); `nil` after reporting a failure.
    private static func writeInputs(_ plans: [WorkplaceActionPlan], to folder: String, console: Console) -> [InputFile]? {
        let writer = AtomicFileWriter()
        var inputs: [InputFile] = []
        var bytes = 0
        do throws(PosixError) {
            try PosixFile.makeDirectories(folder)
            for (index, plan) in plans.enumerated() {
                let stem = "plan-\(String(index + 1).leftPadded(to: 6))"
                // A synthetic plan is always finite; one that is not is left out of the corpus.
                guard let data = try? DocumentCodec.encode(plan) else { continue }
                try writer.write(data, to: Paths.join(folder, stem + ".json"))
                bytes += data.count
                inputs.append(InputFile(displayPath: Paths.join(folder, stem + ".json"), outputStem: stem, source: .file(Paths.join(folder, stem + ".json"))))
            }
        } catch {
            console.printError("\(folder): could not write the synthetic plans (\(error))")
            return nil
        }
        console.print("input: \(inputs.count) JSON files, \(BatchSummary.megabytes(bytes))")
        return inputs
    }

    /// One end-to-end batch; returns the documents rendered and the bytes written.
    private static func endToEnd(_ inputs: [InputFile], settings: RenderSettings, jobs: Int, into folder: String) -> (documents: Int, bytes: Int) {
        let renderer = BatchRenderer(
            registry: .standard, settings: settings, outputFolder: folder, synchronizes: false, jobs: jobs, failFast: false)
        let outcomes = renderer.run(inputs, progress: ProgressReporter(console: .silent, total: inputs.count, verb: ""))
        let done = outcomes.compactMap { $0 }.filter { !$0.failed }
        return (done.count, done.reduce(0) { $0 + $1.bytesWritten })
    }

    /// Renders the documents in the chosen formats in memory; returns the documents and bytes produced.
    private static func renderOnly(_ documents: [Document], settings: RenderSettings, jobs: Int) -> (documents: Int, bytes: Int) {
        let sizes = ParallelMap.map(count: documents.count, jobs: jobs) { index in
            (RenderedFile.files(for: documents[index], stem: "plan", settings: settings).reduce(0) { $0 + $1.bytes.count }, false)
        }
        return (documents.count, sizes.reduce(0) { $0 + ($1 ?? 0) })
    }

    /// `md, html`: the formats measured.
    private static func formatList(_ settings: RenderSettings) -> String {
        settings.formats.map(\.rawValue).joined(separator: ", ")
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The 1-minute load average, so that a reader can judge how busy the machine was.
    private static func loadAverage() -> String {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) > 0 ? BatchSummary.decimal(loads[0], places: 2) : "unknown"
    }

    /// Deletes a scratch folder and everything in it.
    private static func removeTree(_ path: String) {
        if PosixFile.isDirectory(path) {
            for name in PosixFile.entries(of: path).compactMap(\.name) { removeTree(Paths.join(path, name)) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
