public import DocumentTree
public import ForebygCore

/// What kind of incident was registered.
///
/// Seed 002's jobcenter registers three categories ("Trusler og anden krænkende verbal adfærd,
/// fysisk vold samt borgere, der skader sig selv (fx selvmordstrusler)"); registrations
/// cover violence, threats and harassment (*vold, trusler og chikane*, seed 004), so sexual
/// and other harassment are categories of their own. In JSON a category is its raw value;
/// an unknown value is a decoding error naming its path.
public enum IncidentCategory: String, CaseIterable, Codable, Sendable, Comparable {
    /// Threats and other abusive verbal behaviour (*trusler og anden krænkende verbal adfærd*).
    case threatsAndVerbalAbuse
    /// Physical violence (*fysisk vold*).
    case physicalViolence
    /// Sexual harassment (*seksuel chikane*).
    case sexualHarassment
    /// Other harassment (*anden chikane*).
    case otherHarassment
    /// A citizen harming themselves or threatening suicide (*selvskade og selvmordstrusler*).
    case selfHarm

    /// The category's position in `allCases`, used to index count arrays.
    var index: Int {
        switch self {
        case .threatsAndVerbalAbuse: 0
        case .physicalViolence: 1
        case .sexualHarassment: 2
        case .otherHarassment: 3
        case .selfHarm: 4
        }
    }

    /// Orders categories as `allCases` lists them.
    public static func < (lhs: IncidentCategory, rhs: IncidentCategory) -> Bool {
        lhs.index < rhs.index
    }
}

extension IncidentCategory: Labelled {
    /// The label a report or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        IncidentAnalysisStrings.for(language).categoryLabels[index]
    }
}
