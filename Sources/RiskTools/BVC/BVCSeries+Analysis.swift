public import ForebygCore

extension BVCSeries {
    /// The assessments in time order.
    public var chronologicalAssessments: [BVCAssessment] {
        assessments.sorted { $0.time < $1.time }
    }

    /// The latest assessment, if any.
    public var latestAssessment: BVCAssessment? {
        assessments.max { $0.time < $1.time }
    }

    /// Whether the latest assessment makes the citizen *BVC-aktiv*.
    public var isActive: Bool {
        latestAssessment.map { $0.isActive(in: settings) } ?? false
    }

    /// The scorings the schedule called for through a date that have no assessment on that shift date and shift.
    public func missedScorings(through date: CalendarDate) -> [ScheduledScoring] {
        guard let schedule else { return [] }
        let made = Set(assessments.map { ScheduledScoring(date: $0.shiftDate(in: settings), shift: $0.shift) })
        return schedule.due(through: date).filter { !made.contains($0) }
    }

    /// The scorings missed through the shift date of the latest assessment.
    public var missedScorings: [ScheduledScoring] {
        guard let latest = latestAssessment else { return [] }
        return missedScorings(through: latest.shiftDate(in: settings))
    }

    /// The highest score of each shift date that has scorings, in date order.
    public var dailyMaxima: [BVCDailyMaximum] {
        let byDate = Dictionary(grouping: assessments) { $0.shiftDate(in: settings) }
        return byDate.keys.sorted().map { date in
            let scores = byDate[date, default: []].map(\.score)
            return BVCDailyMaximum(date: date, maximum: scores.max()!, count: scores.count)
        }
    }

    /// The direction of the daily maxima, or `nil` with fewer than two days.
    public var trend: BVCTrend? {
        BVCTrend(dailyMaxima: dailyMaxima)
    }

    /// Counts and mean score per shift: the time-of-day pattern.
    public var shiftPatterns: [BVCShiftPattern] {
        BVCShift.allCases.map { shift in
            let scores = assessments.filter { $0.shift == shift }.map(\.score)
            let mean = scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count)
            return BVCShiftPattern(shift: shift, count: scores.count, nonZeroCount: scores.filter { $0 > 0 }.count, meanScore: mean)
        }
    }

    /// The latest assessment with a score above 0, if any.
    public var lastNonZeroAssessment: BVCAssessment? {
        assessments.filter { $0.score > 0 }.max { $0.time < $1.time }
    }

    /// Minutes from the last non-zero score to a moment, or `nil` if no score was above 0.
    public func minutesSinceLastNonZeroScore(asOf time: LocalDateTime) -> Int? {
        lastNonZeroAssessment.map { time.minutesSinceEpoch - $0.time.minutesSinceEpoch }
    }
}
