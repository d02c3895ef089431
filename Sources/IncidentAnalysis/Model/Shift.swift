public import ForebygCore

/// A shift (*vagt*) of the workplace's day: it starts at ``start`` and lasts until the next
/// shift of its ``ShiftSchedule`` starts.
public struct Shift: Codable, Sendable, Hashable {
    /// The shift's name in the workplace's own words (for example "dag").
    public var name: String
    /// When the shift starts.
    public var start: ClockTime

    /// Creates a shift.
    public init(name: String, start: ClockTime) {
        self.name = name
        self.start = start
    }
}
