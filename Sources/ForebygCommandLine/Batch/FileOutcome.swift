import ForebygCore

/// What happened to one input of a batch.
struct FileOutcome: Sendable {
    /// The input as the user named it.
    let displayPath: String
    /// Input errors, validation errors and warnings.
    let diagnostics: [Diagnostic]
    /// The paths written, below the output folder.
    let writtenPaths: [String]
    /// The bytes written.
    let bytesWritten: Int

    /// Whether the input failed: it could not be read, decoded, validated or written.
    var failed: Bool { diagnostics.containsErrors }

    /// One line per diagnostic: `path: error at $.rows[2].responsible: message (code)`.
    var reportLines: [String] {
        diagnostics.map { diagnostic in
            var line = UTF8TextBuilder(capacity: displayPath.utf8.count + diagnostic.descriptionCapacity + 2)
            line.append(displayPath)
            line.append(": ")
            diagnostic.write(to: &line)
            return line.text
        }
    }
}
