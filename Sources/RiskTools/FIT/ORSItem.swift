public import DocumentTree
import ForebygCore

/// One of the four areas of the Outcome Rating Scale (ORS), filled in before a session (seed 002).
public enum ORSItem: String, CaseIterable, Codable, Sendable, FITItem {
    /// *Individuelt* (personligt velbefindende).
    case individual
    /// *Nære relationer* (familie, nære venner osv.).
    case closeRelationships
    /// *Socialt* (arbejde, skole, bekendte).
    case social
    /// *Generelt* (generel følelse af velbefindende).
    case overall

    /// The area's Danish name as seed 002 prints it.
    public var danishLabel: String {
        switch self {
        case .individual: "Individuelt"
        case .closeRelationships: "Nære relationer"
        case .social: "Socialt"
        case .overall: "Generelt"
        }
    }

    /// The Danish explanation in brackets under the name, as seed 002 prints it.
    public var danishDescription: String {
        switch self {
        case .individual: "(Personligt velbefindende)"
        case .closeRelationships: "(Familie, nære venner osv.)"
        case .social: "(Arbejde, skole, bekendte)"
        case .overall: "(Generel følelse af velbefindende)"
        }
    }

    /// The area's name in the given language.
    public func label(in language: Language) -> String {
        RiskToolsStrings.for(language).orsItemLabels[index]
    }

    /// The explanation under the name, in the given language.
    public func description(in language: Language) -> String {
        RiskToolsStrings.for(language).orsItemDescriptions[index]
    }

    /// The stable snake_case column key.
    public var columnKey: String {
        switch self {
        case .individual: "individual"
        case .closeRelationships: "close_relationships"
        case .social: "social"
        case .overall: "ors_overall"
        }
    }

    private var index: Int { Self.allCases.firstIndex(of: self)! }
}
