import ForebygCore

/// A mistake on the command line: the tool prints it with a hint and exits with status 2.
struct UsageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, in a sentence.
    let message: String
    /// A corrected spelling to suggest, if one is close enough.
    let suggestion: String?

    /// Creates a usage error.
    init(_ message: String, suggestion: String? = nil) {
        self.message = message
        self.suggestion = suggestion
    }

    /// `message; did you mean 'suggestion'?`.
    var description: String {
        suggestion.map { "\(message); did you mean '\($0)'?" } ?? message
    }

    /// An error naming an unknown word and the closest valid one.
    static func unknown(_ what: String, _ word: String, among candidates: [String]) -> UsageError {
        UsageError("unknown \(what) '\(word)'", suggestion: Suggestion.closest(to: word, among: candidates))
    }
}
