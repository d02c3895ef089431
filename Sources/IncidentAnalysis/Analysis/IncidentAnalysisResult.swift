public import ForebygCore

/// The figures of an incident log over one period, compared with the period of the same length
/// before it: what seed 002 asks a monthly analysis to show.
///
/// Made by ``IncidentLog/analysis(of:)`` in one pass over the incidents. Counts cover the
/// incidents whose day lies in ``period``; the previous period is only counted by category.
/// The module is named `IncidentAnalysis`, so the result carries a longer name.
public struct IncidentAnalysisResult: Hashable, Sendable {
    /// The period analysed.
    public var period: AnalysisPeriod
    /// The period of the same length just before, compared with.
    public var previousPeriod: AnalysisPeriod
    /// The thresholds used.
    public var parameters: AnalysisParameters
    /// The shifts used.
    public var shiftSchedule: ShiftSchedule
    /// Incidents in the period.
    public var total: Int
    /// Every category's count beside the previous period's, in `IncidentCategory/allCases`
    /// order, followed by the total (with a `nil` category).
    public var categoryChanges: [CategoryChange]
    /// Incidents per calendar month, keyed by the month's first day, every month of the period.
    public var byMonth: [Tally<CalendarDate>]
    /// Incidents per ISO week, keyed by the week's Monday, every week the period touches.
    public var byWeek: [Tally<CalendarDate>]
    /// Incidents per hour of the day, 0–23.
    public var byHour: [Tally<Int>]
    /// Incidents per shift, in ``shiftSchedule`` order.
    public var byShift: [Tally<Shift>]
    /// Incidents per weekday, Monday first.
    public var byWeekday: [Tally<Weekday>]
    /// Incidents per location, most first; the log's declared locations appear even with 0.
    public var byLocation: [Tally<String>]
    /// Incidents per citizen, most first; incidents without a citizen are in ``withoutCitizen``.
    public var byCitizen: [Tally<PseudonymousReference>]
    /// Incidents that name no citizen.
    public var withoutCitizen: Int
    /// Incidents per professional group of the employee hit, most first.
    public var byProfessionalGroup: [Tally<String>]
    /// Incidents per form, in `IncidentForm/allCases` order; an incident of two forms counts in both.
    public var byForm: [Tally<IncidentForm>]
    /// Incidents per consequence, in `IncidentConsequence/allCases` order.
    public var byConsequence: [Tally<IncidentConsequence>]
    /// Near misses (*nærvedepisoder*) in the period.
    public var nearMisses: Int
    /// Incidents where force was used (*magtanvendelse*).
    public var useOfForce: Int
    /// How many incidents have each affected level, 1–10.
    public var affectedLevels: [Tally<Int>]
    /// Whether the learning talks were held in time.
    public var followUp: FollowUpSummary
    /// Citizens, places and time slots that recur, citizens first, then locations, then time slots.
    public var repeats: [RepeatFinding]

    /// The share of near misses among the period's incidents (0–1); `nil` when there are none.
    public var nearMissShare: Double? {
        total == 0 ? nil : Double(nearMisses) / Double(total)
    }

    /// The mean affected level; `nil` when there are no incidents.
    public var affectedMean: Double? {
        let count = affectedLevels.reduce(0) { $0 + $1.count }
        guard count > 0 else { return nil }
        return Double(affectedLevels.reduce(0) { $0 + $1.key * $1.count }) / Double(count)
    }

    /// The median affected level (the mean of the two middle levels for an even count); `nil`
    /// when there are no incidents.
    public var affectedMedian: Double? {
        let count = affectedLevels.reduce(0) { $0 + $1.count }
        guard count > 0 else { return nil }
        return Double(level(atRank: (count + 1) / 2) + level(atRank: count / 2 + 1)) / 2
    }

    /// The affected level of the incident at a 1-based rank when incidents are ordered by level.
    private func level(atRank rank: Int) -> Int {
        var seen = 0
        for tally in affectedLevels {
            seen += tally.count
            if seen >= rank { return tally.key }
        }
        return affectedLevels.last?.key ?? 0
    }

    /// What calls for attention: a low near-miss share, late learning talks, and each repeat.
    public var flags: [IncidentFlag] {
        var flags: [IncidentFlag] = []
        if let share = nearMissShare, share < parameters.nearMissShareThreshold {
            flags.append(.lowNearMissShare(share: share, threshold: parameters.nearMissShareThreshold))
        }
        if !followUp.late.isEmpty {
            flags.append(.lateFollowUps(count: followUp.late.count, days: parameters.followUpDays))
        }
        return flags + repeats.map(IncidentFlag.repeated)
    }
}
