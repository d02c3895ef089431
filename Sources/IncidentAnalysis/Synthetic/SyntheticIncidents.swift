import ForebygCore

/// Deterministic synthetic incident logs, for benchmarks and load tests.
///
/// Incidents are spread evenly over two years (2024 and 2025) in time order, as a registration
/// system exports them; the log's period is 2025, so 2024 is the previous period. Citizens,
/// staff, locations and groups come from fixed pools, and strings and arrays are shared
/// between incidents, so a million incidents take little memory beyond the incidents themselves.
public enum SyntheticIncidents {
    /// A log of `count` incidents; the same `count` and `seed` always give the same log.
    public static func log(count: Int, seed: UInt64) -> IncidentLog {
        var random = SplitMix64(seed: seed)
        let firstDay = CalendarDate("2024-01-01")
        let dayCount = firstDay.days(until: CalendarDate("2025-12-31")) + 1
        let pools = Pools()
        let incidents = (0..<count).map { number in
            pools.incident(number: number, date: firstDay.adding(days: number * dayCount / max(count, 1)), random: &random)
        }
        return IncidentLog(
            workplace: "Botilbuddet Syntese",
            analysisDate: CalendarDate("2026-01-15"),
            period: AnalysisPeriod(start: CalendarDate("2025-01-01"), end: CalendarDate("2025-12-31")),
            locations: pools.locations,
            incidents: incidents)
    }
}

/// The values synthetic incidents are drawn from.
private struct Pools {
    let locations = ["Fællesstue", "Køkken", "Gang", "Bolig 1", "Bolig 2", "Bolig 3", "Bolig 4", "Bad", "Have", "Kontor", "Bil", "Aktivitetsrum"]
    let groups = ["pædagog", "social- og sundhedsassistent", "social- og sundhedshjælper", "vikar", "leder"]
    let citizens = (1...60).map { PseudonymousReference("borger-\($0)") }
    let staff = (1...200).map { PseudonymousReference("m-\($0)") }
    let forms: [[IncidentForm]] = [[.threat], [.verbalAbuse], [.blow], [.kick], [.scratch], [.spitting], [.thrownObject], [.threat, .blow], [.pushOrGrab], [.selfHarm]]
    let consequences: [[IncidentConsequence]] = [[], [.none], [.psychologicalReaction], [.physicalInjury], [.physicalInjury, .sickLeave]]
    let participants = [["leder", "AMR"], ["leder"], ["teamet"]]

    func incident(number: Int, date: CalendarDate, random: inout SplitMix64) -> Incident {
        let followUpDelay = random.below(8)
        return Incident(
            id: Incident.ID("s-\(number)"),
            time: LocalDateTime(startOf: date).adding(minutes: random.below(24) * 60 + random.below(60)),
            location: locations[random.below(locations.count)],
            affected: AffectedStaff(staff: staff[random.below(staff.count)], professionalGroup: groups[random.below(groups.count)]),
            citizen: random.below(10) == 0 ? nil : citizens[random.below(citizens.count)],
            category: IncidentCategory.allCases[random.below(IncidentCategory.allCases.count)],
            nearMiss: random.below(100) < 15,
            forms: forms[random.below(forms.count)],
            consequences: consequences[random.below(consequences.count)],
            affectedLevel: 1 + random.below(10),
            useOfForce: random.below(50) == 0,
            followUp: followUpDelay == 7 ? nil : FollowUp(date: date.adding(days: followUpDelay), participants: participants[random.below(participants.count)]))
    }
}
