import ForebygCore
import DocumentTree
import Testing
@testable import RiskTools

/// A hand-worked week, Monday 2 to Sunday 8 March 2026, with the default shift hours (dag 07,
/// aften 15, nat 23):
///
/// | day | level | BVC scoring (time → shift date) | finding |
/// |---|---|---|---|
/// | Mon 2 | 2 red | 02.03 10:00 day → 2 March | – |
/// | Tue 3 | 1 red | 04.03 02:30 night → 3 March (after midnight) | – |
/// | Wed 4 | 2 red | none on 4 March's shifts | `$.log[2].level` |
/// | Thu 5 | 3 yellow | – | – |
/// | Fri 6 | 1 red | none | `$.log[4].level` |
/// | Sat 7 | 2 red | 07.03 23:30 night → 7 March | – |
/// | Sun 8 | 4 green | – | – |
///
/// By calendar date the 02:30 scoring would wrongly cover Wednesday and leave Tuesday uncovered.
@Suite("Mestringsskema: a week in the red fields")
struct MestringsskemaRedWeekTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(isoString: text)! }
    static func time(_ text: String) -> LocalDateTime { LocalDateTime(isoString: text)! }

    static let week: Mestringsskema = {
        let levels: [CopingLevel] = [.two, .one, .two, .three, .one, .two, .four]
        let log = levels.enumerated().map { offset, level in CopingLevelEntry(date: date("2026-03-02").adding(days: offset), level: level) }
        let scorings: [(String, BVCShift)] = [("2026-03-02T10:00", .day), ("2026-03-04T02:30", .night), ("2026-03-07T23:30", .night)]
        let bvc = scorings.map { text, shift in
            BVCAssessment(citizen: "borger-7", time: time(text), shift: shift, assessor: "medarbejder-AK", answers: BVCAnswers(present: [.irritability]))
        }
        let revision = MestringsskemaRevision(date: date("2026-03-01"), staff: "medarbejder-AK", levels: RiskExamples.levelDescriptions(staffActionsAtTwo: "Tal roligt."))
        return Mestringsskema(citizen: "borger-7", revisions: [revision], log: log, bvcAssessments: bvc)
    }()

    @Test("the night scoring after midnight belongs to the day its shift began")
    func nightScoringCountsForTheShiftDate() {
        #expect(Self.week.scoredShiftDates() == Set(["2026-03-02", "2026-03-03", "2026-03-07"].map(Self.date)))
    }

    @Test("exactly the red days without a scoring are findings, at both red levels")
    func findings() {
        let findings = Self.week.validate()
        #expect(!findings.containsErrors)
        #expect(findings.map(\.code) == [.findingMestringsskemaRedLevelWithoutBVC, .findingMestringsskemaRedLevelWithoutBVC])
        #expect(findings.map(\.path.description) == ["$.log[2].level", "$.log[4].level"])
        #expect(findings[0].message.hasPrefix("level 2 (red) on 2026-03-04"))
        #expect(findings[1].message.hasPrefix("level 1 (red) on 2026-03-06"))
    }

    @Test("the rendered document lists the same days")
    func documentListsTheSameDays() throws {
        let table = try #require(Self.week.document(in: .danish).tables.first { $0.name == "mestringsskema-red-days-without-bvc" })
        #expect(table.rows.map { $0[0].plainText } == ["04.03.2026", "06.03.2026"])
        #expect(table.rows.map { $0[1].plainText } == ["2 · rød · presset", "1 · rød · presset"])
    }
}
