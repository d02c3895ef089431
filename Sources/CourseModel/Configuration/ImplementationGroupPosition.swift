/// A position a member holds in the implementation group (*implementeringsgruppen*).
///
/// In JSON a position is its raw value; an unknown value is a decoding error.
public enum ImplementationGroupPosition: String, CaseIterable, Codable, Sendable {
    /// *Daglig leder*: the day-to-day manager and project lead; exactly one per course.
    case dailyManager
    /// *Arbejdsmiljørepræsentant* (AMR): the occupational health and safety representative.
    case safetyRepresentative
    /// *Tillidsrepræsentant* (TR): the union representative.
    case unionRepresentative
    /// Another key person, for example a coordinator (*koordinator*).
    case keyPerson
}
