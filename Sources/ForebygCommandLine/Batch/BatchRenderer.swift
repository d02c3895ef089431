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
    /// Writes the files.
    let writer: AtomicFileWriter
    /// The number of inputs processed at once.
    let jobs: Int
    /// Whether to stop starting new inputs after the first failure.
    let failFast: Bool

    /// Processes the inputs; the outcomes are in input order, `nil` for inputs not started
    /// because the batch stopped early.
    func run(_ inputs: [InputFile], progress: ProgressReporter) -> [FileOutcome?] {
        let outcomes = ParallelMap.map(count: inputs.count, jobs: jobs) { index in
            let outcome = process(inputs[index])
            progress.advance()
            return (outcome, failFast && outcome.failed)
        }
        progress.finish()
        return outcomes
    }

    /// Reads, validates, renders and writes one input.
    func process(_ input: InputFile) -> FileOutcome {
        let loaded = input.load(with: registry)
        guard let value = loaded.renderable else {
            return FileOutcome(displayPath: input.displayPath, diagnostics: loaded.diagnostics, writtenPaths: [], bytesWritten: 0)
        }
        let files = RenderedFile.files(for: value.document(in: settings.language), stem: input.outputStem, settings: settings)
        return write(files, for: input, diagnostics: loaded.diagnostics)
    }

    /// Writes the rendered files; a write failure becomes an error diagnostic of the input.
    private func write(_ files: [RenderedFile], for input: InputFile, diagnostics: [Diagnostic]) -> FileOutcome {
        var written: [String] = []
        var bytes = 0
        var madeFolder: String?
        do throws(PosixError) {
            for file in files {
                try writer.write(file, below: outputFolder, madeFolder: &madeFolder)
                written.append(file.path)
                bytes += file.bytes.count
            }
        } catch {
            let failure = Diagnostic.error("output.writeFailed", at: .root, "could not write the output (\(error))")
            return FileOutcome(displayPath: input.displayPath, diagnostics: diagnostics + [failure], writtenPaths: written, bytesWritten: bytes)
        }
        return FileOutcome(displayPath: input.displayPath, diagnostics: diagnostics, writtenPaths: written, bytesWritten: bytes)
    }
}
