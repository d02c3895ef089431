public import DocumentTree
import ForebygCore

/// One of the four themes of the Session Rating Scale (SRS), filled in after a session.
///
/// Seed 002 prints the second theme as "Mål og enheder"; the Danish SRS names it "Mål og emner"
/// (goals and topics), which the library uses.
public enum SRSItem: String, CaseIterable, Codable, Sendable, FITItem {
    /// *Relation*.
    case relationship
    /// *Mål og emner*.
    case goalsAndTopics
    /// *Tilgang eller metode*.
    case approachOrMethod
    /// *Generelt*.
    case overall

    /// The theme's Danish name.
    public var danishLabel: String {
        switch self {
        case .relationship: "Relation"
        case .goalsAndTopics: "Mål og emner"
        case .approachOrMethod: "Tilgang eller metode"
        case .overall: "Generelt"
        }
    }

    /// The theme's name in the given language.
    public func label(in language: Language) -> String {
        RiskToolsStrings.for(language).srsItemLabels[Self.allCases.firstIndex(of: self)!]
    }

    /// The stable snake_case column key.
    public var columnKey: String {
        switch self {
        case .relationship: "relationship"
        case .goalsAndTopics: "goals_and_topics"
        case .approachOrMethod: "approach_or_method"
        case .overall: "srs_overall"
        }
    }
}
