public import ForebygCore

/// The shifts that divide a day, each lasting until the next one starts, so that every minute
/// belongs to exactly one shift.
public struct ShiftSchedule: Sendable, Hashable {
    /// The shifts ordered by start time.
    public let shifts: [Shift]
    /// For every minute of the day, the index in ``shifts`` of the shift it belongs to.
    private let shiftIndexByMinute: [UInt8]

    /// The default schedule: dag 07–15, aften 15–23, nat 23–07, the three shifts of Danish
    /// residential care (and the original BVC study's dag, aften, nat).
    public static let standard = ShiftSchedule([
        Shift(name: "dag", start: ClockTime(hour: 7)!),
        Shift(name: "aften", start: ClockTime(hour: 15)!),
        Shift(name: "nat", start: ClockTime(hour: 23)!),
    ])!

    /// Creates a schedule, or returns `nil` if there are no shifts, more than 255, or two
    /// start at the same time.
    public init?(_ shifts: [Shift]) {
        let ordered = shifts.sorted { $0.start < $1.start }
        guard !ordered.isEmpty, ordered.count < 256,
            Set(ordered.map(\.start)).count == ordered.count
        else { return nil }
        var table = [UInt8](repeating: UInt8(ordered.count - 1), count: 1440)
        for (index, shift) in ordered.enumerated() {
            let end = index + 1 < ordered.count ? ordered[index + 1].start.minuteOfDay : 1440
            for minute in shift.start.minuteOfDay..<end { table[minute] = UInt8(index) }
        }
        self.shifts = ordered
        self.shiftIndexByMinute = table
    }

    /// The index in ``shifts`` of the shift a minute of the day (0–1439) belongs to.
    public func shiftIndex(atMinute minuteOfDay: Int) -> Int {
        Int(shiftIndexByMinute[minuteOfDay])
    }

    /// When the shift at an index ends: the next shift's start.
    public func end(ofShiftAt index: Int) -> ClockTime {
        shifts[(index + 1) % shifts.count].start
    }
}
