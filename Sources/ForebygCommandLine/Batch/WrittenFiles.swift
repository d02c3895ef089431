import ForebygCore
import ForebygDocuments

/// The paths and byte count of the files of one input written so far.
struct WrittenFiles {
    private var paths: [String] = []
    private var bytes = 0

    /// Counts files as written.
    mutating func add(_ files: ArraySlice<RenderedFile>) {
        paths += files.map(\.path)
        bytes += files.reduce(0) { $0 + $1.bytes.count }
    }

    /// The outcome of an input whose counted files are in place.
    func outcome(of input: InputFile, diagnostics: [Diagnostic]) -> FileOutcome {
        FileOutcome(displayPath: input.displayPath, diagnostics: diagnostics, writtenPaths: paths, bytesWritten: bytes)
    }
}
