import Testing
import ForebygCore
import DocumentTree
@testable import RiskTools

/// Hand-worked expectations for the example week (RiskExamples.bvcWeek), shift dates 2–8 March 2026:
///
/// | date  | dag | aften | nat |  max |
/// |-------|-----|-------|-----|------|
/// | 02.03 |  0  |   1   |  0  |  1   |
/// | 03.03 |  0  |   2   |  1  |  2   |
/// | 04.03 |  1  |   3   |  –  |  3   |
/// | 05.03 |  0  |   1   |  0  |  1   |
/// | 06.03 |  0  |   0   |  0  |  0   |
/// | 07.03 |  –  |   1   |  0  |  1   |
/// | 08.03 |  0  |   0   |  0  |  0   |
@Suite("BVC series")
struct BVCSeriesTests {
    let series = RiskExamples.bvcWeek

    func date(_ text: String) -> CalendarDate { CalendarDate(isoString: text)! }

    @Test("19 scorings of 21: Wednesday night and Saturday day are missed")
    func missedScorings() {
        #expect(series.assessments.count == 19)
        #expect(series.missedScorings == [
            ScheduledScoring(date: date("2026-03-04"), shift: .night),
            ScheduledScoring(date: date("2026-03-07"), shift: .day),
        ])
        // Through an earlier date only the gaps up to it count.
        #expect(series.missedScorings(through: date("2026-03-05")) == [ScheduledScoring(date: date("2026-03-04"), shift: .night)])
        // A later date makes every scheduled shift after the last scoring missing too: 9 and 10 March, three each.
        #expect(series.missedScorings(through: date("2026-03-10")).count == 2 + 6)
    }

    @Test("the schedule lasts three months from moving in, three shifts a day")
    func schedule() throws {
        let schedule = try #require(series.schedule)
        #expect(schedule.end == date("2026-06-01"))
        #expect(schedule.due(through: date("2026-12-31")).count == 92 * 3)
        #expect(schedule.due(through: date("2026-03-01")).isEmpty)
    }

    @Test("daily maxima per shift date (the night after midnight counts to its start day)")
    func dailyMaxima() {
        #expect(series.dailyMaxima.map(\.maximum) == [1, 2, 3, 1, 0, 1, 0])
        #expect(series.dailyMaxima.map(\.count) == [3, 3, 2, 3, 3, 2, 3])
        #expect(series.dailyMaxima.first?.date == date("2026-03-02"))
        #expect(series.dailyMaxima.last?.date == date("2026-03-08"))
    }

    @Test("trend: first three days mean 2, last three 1/3, falling")
    func trend() throws {
        let trend = try #require(series.trend)
        #expect(trend.earlierMean == 2)
        #expect(abs(trend.laterMean - 1.0 / 3) < 1e-9)
        #expect(trend.direction == .falling)
        #expect(BVCTrend(earlierMean: 1, laterMean: 1).direction == .stable)
        #expect(BVCTrend(earlierMean: 0, laterMean: 0.5).direction == .rising)
        #expect(BVCTrend(dailyMaxima: [BVCDailyMaximum(date: date("2026-03-02"), maximum: 2, count: 1)]) == nil)
    }

    @Test("time-of-day pattern: evenings carry the scores")
    func shiftPattern() throws {
        let patterns = series.shiftPatterns
        #expect(patterns.map(\.shift) == [.day, .evening, .night])
        #expect(patterns.map(\.count) == [6, 7, 6])
        #expect(patterns.map(\.nonZeroCount) == [1, 5, 1])
        let means = patterns.compactMap(\.meanScore)
        #expect(abs(means[0] - 1.0 / 6) < 1e-9)
        #expect(abs(means[1] - 8.0 / 7) < 1e-9)
        #expect(abs(means[2] - 1.0 / 6) < 1e-9)
    }

    @Test("time since the last non-zero score: Saturday 19:00 to Monday 02:00 is 31 hours")
    func timeSinceLastNonZero() throws {
        let last = try #require(series.lastNonZeroAssessment)
        #expect(last.time == LocalDateTime(isoString: "2026-03-07T19:00"))
        let latest = try #require(series.latestAssessment)
        #expect(latest.time == LocalDateTime(isoString: "2026-03-09T02:00"))
        #expect(series.minutesSinceLastNonZeroScore(asOf: latest.time) == 31 * 60)
        #expect(!series.isActive)
        #expect(BVCSeries(citizen: "x", assessments: []).minutesSinceLastNonZeroScore(asOf: latest.time) == nil)
    }

    @Test("the example week is valid; its two missed scorings are the findings")
    func valid() {
        let diagnostics = series.validate()
        #expect(diagnostics.withoutFindings.isEmpty)
        #expect(diagnostics.map(\.code) == [.findingBvcMissedScoring, .findingBvcMissedScoring])
        #expect(diagnostics.map(\.message) == [
            "no BVC scoring on the night shift of 2026-03-04, which the schedule calls for",
            "no BVC scoring on the day shift of 2026-03-07, which the schedule calls for",
        ])
        #expect(diagnostics.allSatisfy { $0.path.description == "$.schedule" })
    }

    @Test("two scorings of one shift are a warning")
    func duplicateShift() {
        var copy = series
        copy.assessments.append(copy.assessments[0])
        let warnings = copy.validate().warnings.withoutFindings
        #expect(warnings.map(\.code) == [.bvcDuplicateShift])
        #expect(warnings.first?.path.description == "$.assessments[19]")
    }

    @Test("the summary table has stable column keys and one row per scoring")
    func summaryTable() throws {
        let document = series.document(in: .danish)
        let scorings = try #require(namedTable("bvc-scorings", in: document))
        #expect(scorings.columns.map(\.key) == [
            "time", "shift", "confusion", "irritability", "boisterousness", "verbal_threats", "physical_threats",
            "attacking_objects", "score", "band", "assessor",
        ])
        #expect(scorings.rows.count == 19)
        #expect(scorings.rows[5].map(\.plainText) == ["04.03.2026 02:00", "nat", "1", "0", "0", "0", "0", "0", "1", "moderat risiko", "medarbejder-NP"])
        let missed = try #require(namedTable("bvc-missed", in: document))
        #expect(missed.rows.map { $0.map(\.plainText) } == [["04.03.2026", "nat"], ["07.03.2026", "dag"]])
        let chart = try #require(charts(document).first { $0.name == "bvc-daily-maximum-chart" })
        #expect(chart.kind == .line)
        #expect(chart.points.map(\.value) == [1, 2, 3, 1, 0, 1, 0])
        #expect(chart.referenceLines.map(\.value) == [1, 3])
        let text = allText(document)
        #expect(text.contains("næste 24 timer"))
        #expect(text.contains("ophavsretligt beskyttet"))
        #expect(text.contains("faldende"))
        #expect(text.contains("31 timer"))
    }

    @Test("English labels, Danish pseudonyms untouched")
    func english() throws {
        let document = series.document(in: .english)
        let scorings = try #require(namedTable("bvc-scorings", in: document))
        #expect(scorings.columns.map(\.title).contains("Verbal threats"))
        #expect(allText(document).contains("next 24 hours"))
        #expect(document.metadata.language == .english)
    }

    @Test("blank week sheet: 21 rows with empty item cells")
    func blankSheet() throws {
        let sheet = BVCWeekSheet(citizen: nil, weekStart: date("2026-03-02"))
        let table = try #require(namedTable("bvc-week-sheet", in: sheet.document(in: .danish)))
        #expect(table.rows.count == 21)
        #expect(table.rows.allSatisfy { $0.dropFirst(2).allSatisfy(\.isEmpty) })
        #expect(table.rows[2][1].plainText == "nat 23:00–07:00")
    }

    @Test("filled week sheet: scored cells filled, missed ones blank")
    func filledSheet() throws {
        let sheet = series.weekSheet(startingOn: date("2026-03-02"))
        let table = try #require(namedTable("bvc-week-sheet", in: sheet.document(in: .danish)))
        #expect(table.rows.count == 21)
        #expect(table.rows[7][8].plainText == "3")  // Wednesday evening
        #expect(table.rows[8][8].isEmpty)  // Wednesday night, missed
        #expect(table.rows[15][8].isEmpty)  // Saturday day, missed
        #expect(table.rows.filter { !$0[8].isEmpty }.count == 19)
    }
}

/// The series' results print as one readable line each.
@Suite("BVC results print readably")
struct BVCResultDescriptionTests {
    @Test func descriptions() throws {
        let series = RiskExamples.bvcWeek
        #expect(series.missedScorings.map(String.init(describing:)) == ["2026-03-04 night", "2026-03-07 day"])
        let first = try #require(series.dailyMaxima.first)
        #expect("\(first)" == "\(first.date): maximum \(first.maximum) of \(first.count) scorings")
        #expect(series.shiftPatterns.map(String.init(describing:)).allSatisfy { !$0.contains("RiskTools.") })
    }
}
