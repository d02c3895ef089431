import ForebygCore

// How the BVC series' results print: one line each, in English, for logs and debugging.

extension ScheduledScoring: CustomStringConvertible {
    /// `2026-03-04 night`.
    public var description: String { "\(date) \(shift.rawValue)" }
}

extension BVCDailyMaximum: CustomStringConvertible {
    /// `2026-03-04: maximum 3 of 2 scorings`.
    public var description: String { "\(date): maximum \(maximum) of \(count) scorings" }
}

extension BVCTrend: CustomStringConvertible {
    /// `rising (1.0 → 2.5)`.
    public var description: String { "\(direction.rawValue) (\(earlierMean) → \(laterMean))" }
}

extension BVCShiftPattern: CustomStringConvertible {
    /// `evening: 7 scorings, 3 above 0, mean 1.14`.
    public var description: String {
        "\(shift.rawValue): \(count) scorings, \(nonZeroCount) above 0, mean \(meanScore.map { String($0) } ?? "none")"
    }
}
