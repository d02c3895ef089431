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
    ///
    /// The decoded value is let go before the document tree is built (``prepare(_:)``), and each
    /// format is rendered, written and let go before the next, so a large input never holds its
    /// value, its tree and all its outputs at once.
    func process(_ input: InputFile, into folder: OutputFolder) -> FileOutcome {
        let (build, diagnostics) = prepare(input)
        guard let build else {
            return FileOutcome(displayPath: input.displayPath, diagnostics: diagnostics, writtenPaths: [], bytesWritten: 0)
        }
        return write(build(), into: folder, for: input, diagnostics: diagnostics)
    }

    /// Loads an input: the function that builds its document if it may be rendered, and its
    /// diagnostics. The loaded value goes when this returns.
    private func prepare(_ input: InputFile) -> (build: (@Sendable () -> Document)?, diagnostics: [Diagnostic]) {
        let loaded = input.load(with: registry)
        return (loaded.documentBuilder(in: settings.language), loaded.diagnostics)
    }

    /// Renders and writes the document's files one format after another; a write failure
    /// becomes an error diagnostic of the input. The files before the first that failed are
    /// counted as written.
    private func write(_ document: Document, into folder: OutputFolder, for input: InputFile, diagnostics: [Diagnostic]) -> FileOutcome {
        var written = WrittenFiles()
        for format in settings.formats {
            let files = RenderedFile.files(for: document, in: format, stem: input.outputStem, settings: settings)
            do throws(PosixError) {
                try folder.write(files)
            } catch {
                let failure = Diagnostic.error(.outputWriteFailed, at: .root, "could not write the output (\(error))")
                written.add(files.prefix { Paths.join(outputFolder, $0.path) != error.path })
                return written.outcome(of: input, diagnostics: diagnostics + [failure])
            }
            written.add(files[...])
        }
        return written.outcome(of: input, diagnostics: diagnostics)
    }
}
