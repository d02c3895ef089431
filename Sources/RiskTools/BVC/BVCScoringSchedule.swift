public import ForebygCore

/// How often a citizen is to be scored: by default once per shift (three times a day) for the
/// first three months after moving in, as seed 003's example action plan does
/// ("risikovurderet 3 x dagligt på alle nye borgere i tre måneder").
public struct BVCScoringSchedule: Hashable, Sendable {
    /// The first day of scoring, usually the day the citizen moved in.
    public var start: CalendarDate
    /// How many months scoring lasts (default 3); the schedule ends the day before `start + months`.
    public var months: Int
    /// The shifts to score every day (default all three).
    public var shifts: [BVCShift]

    /// Creates a schedule.
    public init(start: CalendarDate, months: Int = 3, shifts: [BVCShift] = BVCShift.allCases) {
        self.start = start
        self.months = months
        self.shifts = shifts
    }

    /// Months 1–24: the BVC is scored daily for a period of weeks or months; two years is the most a schedule plans.
    public static let monthsBounds = IntegerBounds(
        "months", 1...24, because: "daily scoring for weeks or months; two years at most", code: .bvcScheduleMonthsOutOfBounds)

    /// The last day of the schedule.
    public var end: CalendarDate { start.adding(months: months).adding(days: -1) }

    /// The scorings due from the start through a date (or the schedule's end, if earlier), in order.
    public func due(through date: CalendarDate) -> [ScheduledScoring] {
        let last = min(date, end)
        guard start <= last else { return [] }
        return (0...start.days(until: last)).flatMap { offset in
            shifts.sorted().map { ScheduledScoring(date: start.adding(days: offset), shift: $0) }
        }
    }
}

extension BVCScoringSchedule: Codable {
    private enum CodingKeys: String, CodingKey {
        case start, months, shifts
    }

    /// Decodes a schedule; `months` defaults to 3 and `shifts` to all three.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        start = try container.decode(CalendarDate.self, forKey: .start)
        months = try container.decode(.months, default: 3)
        shifts = try container.decode(.shifts, default: BVCShift.allCases)
    }
}
