public import DocumentTree
public import ForebygCore

/// One of the six behaviours of the Brøset Violence Checklist (BVC).
///
/// Each item is scored 1 when the behaviour is present *as a change from the citizen's habitual
/// state* (the *habituelle tilstand* described in the citizen's Mestringsskema), else 0
/// (seed 002, "BVC – vurderer risikoen for vold"). The raw value is the item's JSON member name.
public enum BVCItem: String, CaseIterable, Codable, Sendable, Comparable, Labelled {
    /// *Forvirring*: confusion.
    case confusion
    /// *Irritabilitet*: irritability.
    case irritability
    /// *Støjende adfærd*: boisterous, noisy behaviour.
    case boisterousness
    /// *Verbale trusler*: verbal threats.
    case verbalThreats
    /// *Fysiske trusler*: physical threats.
    case physicalThreats
    /// *Angreb på ting/genstande*: attacking objects.
    case attackingObjects

    /// The item's position on the checklist, 1–6.
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    /// The stable snake_case column key used in tables and CSV exports (for example `verbal_threats`).
    public var columnKey: String {
        switch self {
        case .confusion: "confusion"
        case .irritability: "irritability"
        case .boisterousness: "boisterousness"
        case .verbalThreats: "verbal_threats"
        case .physicalThreats: "physical_threats"
        case .attackingObjects: "attacking_objects"
        }
    }

    /// The item's Danish name as seed 002 lists it (for example "Støjende adfærd").
    public var danishLabel: String {
        switch self {
        case .confusion: "Forvirring"
        case .irritability: "Irritabilitet"
        case .boisterousness: "Støjende adfærd"
        case .verbalThreats: "Verbale trusler"
        case .physicalThreats: "Fysiske trusler"
        case .attackingObjects: "Angreb på ting/genstande"
        }
    }

    /// The item's name in the given language.
    public func label(in language: Language) -> String {
        RiskToolsStrings.for(language).bvcItemLabels[number - 1]
    }

    /// A short description of the behaviour, in the given language (the library's own wording,
    /// not the instrument's licensed manual text).
    public func description(in language: Language) -> String {
        RiskToolsStrings.for(language).bvcItemDescriptions[number - 1]
    }

    /// Orders items as the checklist does.
    public static func < (lhs: BVCItem, rhs: BVCItem) -> Bool {
        lhs.number < rhs.number
    }
}
