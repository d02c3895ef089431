public import DocumentTree

/// A domain vocabulary a document or a screen shows: each value has a label in every language,
/// under the one name `label(in:)`.
public protocol Labelled {
    /// The label a document or a screen shows, in the given language.
    func label(in language: Language) -> String
}

extension Labelled {
    /// The old name of ``label(in:)``.
    @available(*, deprecated, renamed: "label(in:)")
    public func name(in language: Language) -> String {
        label(in: language)
    }
}
