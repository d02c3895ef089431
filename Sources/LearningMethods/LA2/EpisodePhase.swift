public import DocumentTree
public import ForebygCore

/// A phase of a violent episode in a tryghedsplan: before (*før*), during (*under*) and after (*efter*).
public enum EpisodePhase: String, CaseIterable, Codable, Sendable {
    /// Before the episode (*før*).
    case before
    /// During the episode (*under*).
    case during
    /// After the episode (*efter*).
    case after
}

extension EpisodePhase: Labelled {
    /// The label a document or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        LearningMethodsStrings.for(language).phases(self)
    }
}
