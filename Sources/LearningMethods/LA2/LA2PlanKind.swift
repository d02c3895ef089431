public import DocumentTree
public import ForebygCore

/// The three LA2 schemas (*skemaer*): trivselsplan, tryghedsplan and læringsplan.
///
/// LA2 ("Low Arousal", version 2) is a conversation and reflection method: the trivselsplan
/// helps prevent episodes, the tryghedsplan helps handle them and the læringsplan helps learn
/// from them. The three plans support each other; what is learnt is carried into the
/// trivsels- and tryghedsplan (see ``CarriedIntoEntry``).
public enum LA2PlanKind: String, CaseIterable, Codable, Sendable {
    /// *Trivselsplan*: signs of strain, warning signs, resources and signs of well-being.
    case wellBeing = "well-being"
    /// *Tryghedsplan*: triggers, and behaviour, feelings, coping and staff support before,
    /// during and after a violent episode.
    case safety
    /// *Læringsplan*: what happened before and during one episode, reflected on with colleagues
    /// and with the citizen.
    case learning
}

extension LA2PlanKind: Labelled {
    /// The label a document or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        LearningMethodsStrings.for(language).planNames(self)
    }
}
