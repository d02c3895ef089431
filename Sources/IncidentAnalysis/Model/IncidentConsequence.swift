public import DocumentTree
public import ForebygCore

/// A consequence of an incident for the employee who was hit: seed 002 asks "Hvilke
/// konsekvenser har volden for de medarbejdere, der bliver ramt?".
///
/// The list is what a registration form can tick; details go in ``Incident/consequencesText``.
public enum IncidentConsequence: String, CaseIterable, Codable, Sendable, Comparable {
    /// No consequence beyond the incident itself (*ingen*).
    case none
    /// A physical injury (*fysisk skade*).
    case physicalInjury
    /// A psychological reaction such as fear, stress or sleeplessness (*psykisk reaktion*).
    case psychologicalReaction
    /// Treatment by a doctor or at an emergency department (*lægebehandling*).
    case medicalTreatment
    /// Absence from work (*sygefravær*).
    case sickLeave
    /// Reported as an industrial injury (*anmeldt som arbejdsskade*).
    case reportedAsWorkInjury
    /// Damage to clothes, glasses or other property (*materiel skade*).
    case propertyDamage

    /// The consequence's position in `allCases`, used to index count arrays.
    var index: Int { Self.indices[self, default: 0] }

    private static let indices = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })

    /// Orders consequences as `allCases` lists them.
    public static func < (lhs: IncidentConsequence, rhs: IncidentConsequence) -> Bool {
        lhs.index < rhs.index
    }
}

extension IncidentConsequence: Labelled {
    /// The label a report or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        IncidentAnalysisStrings.for(language).consequenceLabels[index]
    }
}
