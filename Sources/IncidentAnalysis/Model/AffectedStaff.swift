public import ForebygCore

/// The employee an incident hit: a pseudonymous reference and a professional group, so that the
/// analysis can answer "Hvem rammes – er det bestemte medarbejdere eller faggrupper?" (seed 002).
public struct AffectedStaff: Codable, Sendable, Hashable {
    /// The employee, by pseudonym (an initial, a staff number).
    public var staff: PseudonymousReference
    /// The employee's professional group in the workplace's own words (for example "pædagog",
    /// "social- og sundhedsassistent", "vikar").
    public var professionalGroup: String

    /// Creates the affected employee.
    public init(staff: PseudonymousReference, professionalGroup: String) {
        self.staff = staff
        self.professionalGroup = professionalGroup
    }
}
