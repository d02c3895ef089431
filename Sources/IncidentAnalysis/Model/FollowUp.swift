public import ForebygCore

/// The learning talk (*læringssamtale*) held after an incident.
///
/// Seed 002 recommends that the manager gathers those involved "senest tre dage efter
/// episoden"; the analysis lists incidents whose talk came later or not at all.
public struct FollowUp: Codable, Sendable, Hashable {
    /// The day the talk was held.
    public var date: CalendarDate
    /// Who took part, in the workplace's own words (names, roles or pseudonyms).
    public var participants: [String]

    /// Creates a follow-up.
    public init(date: CalendarDate, participants: [String] = []) {
        self.date = date
        self.participants = participants
    }
}
