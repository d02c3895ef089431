import ForebygCore

// How the analysis results print: one line each, in English, for logs and debugging
// (the report in Danish or English is `IncidentLog.document(in:)`).

extension AnalysisPeriod: CustomStringConvertible {
    /// `2026-02-01…2026-02-28`.
    public var description: String { "\(start)…\(end)" }
}

extension Shift: CustomStringConvertible {
    /// `Aften from 15:00`.
    public var description: String { "\(name) from \(start)" }
}

extension CategoryChange: CustomStringConvertible {
    /// `threatsAndVerbalAbuse: 7 (previous period 5, +2)`, or `all: …` for the total.
    public var description: String {
        let sign = difference > 0 ? "+" : ""
        return "\(category?.rawValue ?? "all"): \(count) (previous period \(previousCount), \(sign)\(difference))"
    }
}

extension Tally: CustomStringConvertible {
    /// `Køkken: 7`.
    public var description: String { "\(key): \(count)" }
}

extension FollowUpSummary: CustomStringConvertible {
    /// `learning talks: 18 on time, 2 pending, 4 late`.
    public var description: String {
        "learning talks: \(onTime) on time, \(pending) pending, \(late.count) late"
    }
}

extension FollowUpSummary.LateFollowUp: CustomStringConvertible {
    /// `i-04 at 2026-02-05T23:30: due 2026-02-08, held 2026-02-12` (or `not held`).
    public var description: String {
        "\(incident) at \(time): due \(dueDate), \(heldOn.map { "held \($0)" } ?? "not held")"
    }
}

extension RepeatFinding.Subject: CustomStringConvertible {
    /// `citizen borger-A`, `location Køkken` or `time slot tuesday, Aften`.
    public var description: String {
        switch self {
        case .citizen(let reference): "citizen \(reference)"
        case .location(let label): "location \(label)"
        case .timeSlot(let weekday, let shift): "time slot \(weekday.rawValue), \(shift.name)"
        }
    }
}

extension RepeatFinding: CustomStringConvertible {
    /// `citizen borger-A: 4 incidents 2026-02-03…2026-02-17`.
    public var description: String {
        "\(subject): \(count) incidents \(firstDate)…\(lastDate)"
    }
}

extension IncidentFlag: CustomStringConvertible {
    /// The flag in a sentence.
    public var description: String {
        switch self {
        case .lowNearMissShare(let share, let threshold): "near misses are \(share) of the incidents, below \(threshold)"
        case .lateFollowUps(let count, let days): "\(count) learning talks later than \(days) days after the incident"
        case .repeated(let finding): "repeated: \(finding)"
        }
    }
}

extension IncidentAnalysisResult: CustomStringConvertible {
    /// `2026-02-01…2026-02-28: 29 incidents, 3 near misses, 8 flags`.
    public var description: String {
        "\(period): \(total) incidents, \(nearMisses) near misses, \(flags.count) flags"
    }
}
