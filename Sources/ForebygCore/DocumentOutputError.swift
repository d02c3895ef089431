/// Why a value could not be written as JSON, and where: a NaN or an infinite number, which JSON
/// cannot hold. Only values built in code can have one, and `validate()` reports it first.
public struct DocumentOutputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the value is.
    public var path: FieldPath
    /// What is wrong, in a sentence.
    public var message: String

    /// Creates an output error.
    public init(at path: FieldPath, _ message: String) {
        self.path = path
        self.message = message
    }

    /// `at $.path: message`.
    public var description: String {
        "at \(path): \(message)"
    }

    /// The error as a diagnostic (`output.notEncodable`), to report with the document's others.
    public var diagnostic: Diagnostic {
        .error(.outputNotEncodable, at: path, message)
    }
}
