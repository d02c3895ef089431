import ForebygCore

/// Synthetic workplace handleplaner for benchmarks and stress tests.
///
/// The text is hostile on purpose, like the peer baseline's generator
/// (`/work/shared/bench-peers/gen.py`): æøå, `<`, `&`, quotes, `|`, backslashes, newlines and
/// cells starting with `-` or `=`. Every plan is valid (``WorkplaceActionPlan/validate()`` finds
/// no errors) and the output depends only on `count` and `seed`.
public enum SyntheticPlans {
    /// `count` plans with 10–15 rows each, the same for the same seed on every platform.
    public static func workplacePlans(count: Int, seed: UInt64) -> [WorkplaceActionPlan] {
        var generator = SplitMix64(seed: seed)
        return (0..<max(0, count)).map { index in plan(number: index + 1, using: &generator) }
    }

    private static func plan(number: Int, using generator: inout SplitMix64) -> WorkplaceActionPlan {
        let year = 2024 + number % 3
        let start = CalendarDate("2024-01-01").adding(months: 12 * (year - 2024))
        let adopted = start.adding(days: generator.int(in: 0...30))
        let asOf = adopted.adding(days: generator.int(in: 30...300))
        let workplace = generator.pick(workplaces)
        let rows = (0..<generator.int(in: 10...15)).map { rowIndex in
            row(index: rowIndex, start: start, asOf: asOf, using: &generator)
        }
        return WorkplaceActionPlan(
            title: "Handleplan for forebyggelse af vold \(year) – \(workplace)",
            workplace: workplace,
            period: PlanPeriod(start: start, end: start.adding(months: 12).adding(days: -1)),
            authors: [PlanAuthor(role: .leader), PlanAuthor(role: .workEnvironmentRepresentative)],
            adopted: adopted, nextRevision: adopted.adding(months: 12), asOf: asOf, rows: rows)
    }

    private static func row(index: Int, start: CalendarDate, asOf: CalendarDate, using generator: inout SplitMix64) -> WorkplaceActionPlan.Row {
        let responsibleCount = generator.int(in: 1...2)
        return WorkplaceActionPlan.Row(
            id: MeasureID("row-\(index + 1)"),
            focusArea: fill(generator.pick(focusAreas), using: &generator),
            whatHowWhen: fill(generator.pick(whatHowWhen), using: &generator),
            timing: [timing(start: start, using: &generator)],
            deadline: start.adding(days: generator.int(in: 30...360)),
            responsible: (0..<responsibleCount).map { _ in generator.pick(responsible) },
            statusHistory: statusHistory(start: start, asOf: asOf, using: &generator),
            goal: fill(generator.pick(goals), using: &generator))
    }

    private static func timing(start: CalendarDate, using generator: inout SplitMix64) -> Timing {
        switch generator.int(in: 0...4) {
        case 0: .date(start.adding(days: generator.int(in: 0...364)))
        case 1: .every(generator.pick(Timing.Interval.allCases))
        case 2: .timesPer(generator.int(in: 2...4), generator.pick([.day, .week]))
        case 3: .period(start: start, end: start.adding(days: generator.int(in: 7...90)))
        default: .text("Løbende & efter behov <se plan>")
        }
    }

    private static func statusHistory(start: CalendarDate, asOf: CalendarDate, using generator: inout SplitMix64) -> [StatusEntry] {
        let span = max(0, start.days(until: asOf))
        let offsets = (0..<generator.int(in: 0...3)).map { _ in generator.int(in: 0...span) }.sorted()
        return offsets.map { offset in
            StatusEntry(
                date: start.adding(days: offset), status: generator.pick(MeasureStatus.allCases),
                note: fill(generator.pick(statusNotes), using: &generator))
        }
    }

    private static func fill(_ template: String, using generator: inout SplitMix64) -> String {
        template
            .replacing("{n}", with: String(generator.int(in: 2...9)))
            .replacing("{w}", with: String(generator.int(in: 1...52)))
            .replacing("{d}", with: String(generator.int(in: 1...28)))
            .replacing("{m}", with: generator.pick(months))
    }
}
