/// A date or time of day that does not exist, such as 30 February or 24:10, built in code.
///
/// Dates read from JSON never throw this: they become a `DocumentInputError` at their path.
public struct InvalidDateError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, in a sentence.
    public let message: String

    /// Creates the error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
