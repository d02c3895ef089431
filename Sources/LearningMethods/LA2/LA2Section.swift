public import DocumentTree
public import ForebygCore

/// A section of a trivselsplan or tryghedsplan that learning can be carried into.
///
/// The trivselsplan has ``signsOfWellBeing``, ``resources``, ``signsOfStrain``,
/// ``warningSigns``, ``ownCoping`` and ``staffSupport``; the tryghedsplan has ``triggers`` and,
/// per ``EpisodePhase``, ``behaviour``, ``feelings``, ``coping`` and ``staffSupport``.
public enum LA2Section: String, CaseIterable, Codable, Sendable {
    /// *Tegn på trivsel* (trivselsplan).
    case signsOfWellBeing
    /// *Ressourcer* (trivselsplan).
    case resources
    /// *Tegn på belastning* (trivselsplan).
    case signsOfStrain
    /// *Advarselstegn* (trivselsplan).
    case warningSigns
    /// What the citizen does to cope (trivselsplan).
    case ownCoping
    /// The staff's support (trivselsplan; tryghedsplan per phase).
    case staffSupport
    /// *Udløsende årsager* (tryghedsplan).
    case triggers
    /// The citizen's behaviour in a phase (tryghedsplan).
    case behaviour
    /// The citizen's feelings in a phase (tryghedsplan).
    case feelings
    /// The citizen's coping in a phase (tryghedsplan).
    case coping

    /// Whether the section exists in a plan of the given kind.
    public func belongs(to kind: LA2PlanKind) -> Bool {
        switch kind {
        case .wellBeing: [.signsOfWellBeing, .resources, .signsOfStrain, .warningSigns, .ownCoping, .staffSupport].contains(self)
        case .safety: [.triggers, .behaviour, .feelings, .coping, .staffSupport].contains(self)
        case .learning: false
        }
    }

    /// Whether, in a tryghedsplan, the section is kept per phase (before, during, after).
    public var isPerPhase: Bool {
        [.behaviour, .feelings, .coping, .staffSupport].contains(self)
    }
}

extension LA2Section: Labelled {
    /// The label a document or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        LearningMethodsStrings.for(language).sections(self)
    }
}
