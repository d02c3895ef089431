package import DocumentTree

/// A module's fixed, user-facing labels in one language: a struct whose members each pick their
/// translation from a ``Localized`` value by ``language``.
///
/// Conforming gives the struct the one way to get the labels of a language, `X.for(language)`.
package protocol ModuleStrings: Sendable {
    /// The language the labels are in.
    var language: Language { get }

    /// The labels in a language.
    init(language: Language)
}

extension ModuleStrings {
    /// The labels of a language.
    package static func `for`(_ language: Language) -> Self {
        Self(language: language)
    }
}
