public import DocumentTree
public import ForebygCore

/// Why a beboerkonference is held.
public enum ConferenceOccasion: String, CaseIterable, Codable, Sendable {
    /// A conference in the fixed series, held for example every 14 days.
    case scheduled
    /// An extra conference after a concrete violent episode, for example as part of an incident
    /// analysis (*hændelsesanalyse*), as in Albertslund Kommune.
    case afterIncident
}

extension ConferenceOccasion: Labelled {
    /// The label a document or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        LearningMethodsStrings.for(language).occasions(self)
    }
}
