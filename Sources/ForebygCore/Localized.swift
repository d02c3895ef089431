public import DocumentTree

/// A value — usually a label — in every language the package writes, side by side, so that a
/// label is written once with all its translations:
///
/// ```swift
/// var level: String { Localized(da: "Niveau", en: "Level")[language] }
/// ```
///
/// Adding a language is adding a `Language` case and a parameter here: the compiler then lists
/// every label that lacks the new translation.
public struct Localized<Value> {
    /// The Danish value.
    public let danish: Value
    /// The English value.
    public let english: Value

    /// Creates a value from its Danish and English forms.
    public init(da danish: Value, en english: Value) {
        self.danish = danish
        self.english = english
    }

    /// The value in a language.
    public subscript(_ language: Language) -> Value {
        switch language {
        case .danish: danish
        case .english: english
        }
    }
}

extension Localized: Sendable where Value: Sendable {}
