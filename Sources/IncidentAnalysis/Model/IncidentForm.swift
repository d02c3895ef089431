public import DocumentTree
public import ForebygCore

/// The form an incident took: seed 002 asks "Hvilken form for vold er der tale om; trusler,
/// slag, riv, seksuel chikane?".
///
/// An incident may take several forms (a threat followed by a blow). Forms the list does not
/// name are ``other``, described in ``Incident/otherForm``; a fixed list keeps the counts
/// comparable between workplaces and periods, where free labels would split one form
/// into many spellings.
public enum IncidentForm: String, CaseIterable, Codable, Sendable, Comparable {
    /// A verbal or gestured threat (*trussel*).
    case threat
    /// Abusive or degrading language (*krænkende sprog*).
    case verbalAbuse
    /// A blow (*slag*).
    case blow
    /// A kick (*spark*).
    case kick
    /// A scratch (*riv*).
    case scratch
    /// A bite (*bid*).
    case bite
    /// Spitting (*spyt*).
    case spitting
    /// Pushing, grabbing or holding (*skub, greb eller fastholdelse*).
    case pushOrGrab
    /// An object thrown (*kast med genstand*).
    case thrownObject
    /// Unwanted sexual behaviour (*seksuel adfærd*).
    case sexualBehaviour
    /// Self-harm or a suicide threat (*selvskade eller selvmordstrussel*).
    case selfHarm
    /// Any other form, described in ``Incident/otherForm``.
    case other

    /// The form's position in `allCases`, used to index count arrays.
    var index: Int { Self.indices[self, default: 0] }

    private static let indices = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })

    /// Orders forms as `allCases` lists them.
    public static func < (lhs: IncidentForm, rhs: IncidentForm) -> Bool {
        lhs.index < rhs.index
    }
}

extension IncidentForm: Labelled {
    /// The label a report or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        IncidentAnalysisStrings.for(language).formLabels[index]
    }
}
