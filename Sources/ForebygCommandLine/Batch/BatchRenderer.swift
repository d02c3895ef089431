import DocumentTree
import ForebygCore
import ForebygDocuments

/// Reads, validates, renders and writes a batch of inputs in parallel.
///
/// Each input is independent: a bad file is reported with its diagnostics and the rest are
/// rendered, unless ``failFast`` stops the batch at the first failure. Validation errors block
/// a file's rendering; warnings do not.
struct BatchRenderer: Sendable {
    /// The registry that decodes inputs.
    let registry: DocumentRegistry
    /// Formats, language and CSV options.
    let settings: RenderSettings
    /// The folder outputs are written below.
    let outputFolder: String
    /// Whether every file and folder entry is flushed to the disk (`--fsync`).
    let synchronizes: Bool
    /// The number of inputs processed at once.
    let jobs: Int
    /// Whether to stop starting new inputs after the first failure.
    let failFast: Bool

    /// Processes the inputs; the outcomes are in input order, `nil` for inputs not started
    /// because the batch stopped early. `report` is given each outcome in input order as soon as
    /// it and the ones before it are done.
    func run(
        _ inputs: [InputFile], progress: ProgressReporter, report: (@Sendable (FileOutcome) -> Void)? = nil
    ) -> [FileOutcome?] {
        let folder: OutputFolder
        do throws(PosixError) {
            folder = try OutputFolder(path: outputFolder, synchronizes: synchronizes)
        } catch {
            let failure = Diagnostic.error(.outputWriteFailed, at: .root, "could not open the output folder (\(error))")
            progress.finish()
            return inputs.map { FileOutcome(displayPath: $0.displayPath, diagnostics: [failure], writtenPaths: [], bytesWritten: 0) }
        }
        let outcomes = ParallelMap.map(count: inputs.count, jobs: jobs, emit: report.map { report in { _, outcome in report(outcome) } }) { index in
            let outcome = process(inputs[index], into: folder)
            progress.advance()
            return (outcome, failFast && outcome.failed)
        }
        progress.finish()
        return outcomes
    }

    /// Reads, validates, renders and writes one input.
    func process(_ input: InputFile, into folder: OutputFolder) -> FileOutcome {
        let loaded = input.load(with: registry)
        guard let value = loaded.renderable else {
            return FileOutcome(displayPath: input.displayPath, diagnostics: loaded.diagnostics, writtenPaths: [], bytesWritten: 0)
        }
        let files = RenderedFile.files(for: value.document(in: settings.language), stem: input.outputStem, settings: settings)
        return write(files, into: folder, for: input, diagnostics: loaded.diagnostics)
    }

    /// Writes the rendered files; a write failure becomes an error diagnostic of the input.
    /// The files before the first that failed are counted as written.
    private func write(_ files: [RenderedFile], into folder: OutputFolder, for input: InputFile, diagnostics: [Diagnostic]) -> FileOutcome {
        do throws(PosixError) {
            try folder.write(files)
        } catch {
            let failure = Diagnostic.error(.outputWriteFailed, at: .root, "could not write the output (\(error))")
            let written = files.prefix { Paths.join(outputFolder, $0.path) != error.path }
            return outcome(of: input, diagnostics: diagnostics + [failure], written: written)
        }
        return outcome(of: input, diagnostics: diagnostics, written: files[...])
    }

    /// The outcome of an input whose `written` files are in place.
    private func outcome(of input: InputFile, diagnostics: [Diagnostic], written: ArraySlice<RenderedFile>) -> FileOutcome {
        FileOutcome(
            displayPath: input.displayPath, diagnostics: diagnostics, writtenPaths: written.map(\.path),
            bytesWritten: written.reduce(0) { $0 + $1.bytes.count })
    }
}
