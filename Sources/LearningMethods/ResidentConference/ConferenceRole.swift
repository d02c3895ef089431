public import DocumentTree
public import ForebygCore

/// A participant's role at a beboerkonference; the seed gives the conference fixed roles.
public enum ConferenceRole: String, CaseIterable, Codable, Sendable {
    /// The manager, who chairs the meeting (*mødeleder*).
    case chair
    /// A member of staff close to the resident, who tells about the resident (*fortæller*).
    case narrator
    /// The professional who brings relevant professional knowledge into play, for example the
    /// dementia coordinator (*demenskoordinator*).
    case knowledgeBearer
    /// Any other participant.
    case participant

    /// The seed's description of the role (Danish content), if it gives one.
    public var seedDescription: String? {
        switch self {
        case .chair: "Lederen er mødeleder og skal sikre, at dagsordenen følges, at alle kommer til orde, og at der bliver truffet de rette faglige beslutninger om fremtidige tiltag."
        case .narrator: "En medarbejder, som er tæt på den beboer, der er i fokus, fortæller om beboeren og de udfordringer, der opstår i samarbejdet med beboeren."
        case .knowledgeBearer: "Demenskoordinatoren er garant for, at relevant faglig viden kommer i spil."
        case .participant: nil
        }
    }
}

extension ConferenceRole: Labelled {
    /// The label a document or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        LearningMethodsStrings.for(language).roles(self)
    }
}
