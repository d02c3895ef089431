import ForebygCore
import Testing
@testable import IncidentAnalysis

/// Every figure of the analysis of the hand-made month (``IncidentExamples/month``), worked out
/// by hand from the 29 records.
@Suite struct MonthAnalysisTests {
    let analysis = IncidentExamples.month.analysis()

    private static func date(_ text: String) -> CalendarDate { CalendarDate(isoString: text)! }

    @Test func periodsAndTotals() {
        #expect(analysis.period == AnalysisPeriod(start: Self.date("2026-02-01"), end: Self.date("2026-02-28")))
        #expect(analysis.previousPeriod == AnalysisPeriod(start: Self.date("2026-01-04"), end: Self.date("2026-01-31")))
        #expect(analysis.total == 20)
        #expect(analysis.parameters == .standard)
    }

    @Test func categoriesAgainstThePreviousPeriod() {
        let changes = analysis.categoryChanges
        #expect(changes.map(\.category) == IncidentCategory.allCases.map { $0 } + [nil])
        #expect(changes.map(\.count) == [7, 7, 2, 2, 2, 20])
        #expect(changes.map(\.previousCount) == [4, 3, 0, 0, 1, 8])
        #expect(changes.map(\.difference) == [3, 4, 2, 2, 1, 12])
        #expect(changes[0].percentChange == 75)
        #expect(abs(changes[1].percentChange! - 133.333_333) < 0.001)
        #expect(changes[2].percentChange == nil)
        #expect(changes[3].percentChange == nil)
        #expect(changes[4].percentChange == 100)
        #expect(changes[5].percentChange == 150)
    }

    @Test func monthsAndWeeks() {
        #expect(analysis.byMonth == [Tally(Self.date("2026-02-01"), 20)])
        #expect(analysis.byWeek.map(\.key) == ["2026-01-26", "2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23"].map(Self.date))
        #expect(analysis.byWeek.map(\.key.isoWeek) == [5, 6, 7, 8, 9])
        #expect(analysis.byWeek.map(\.count) == [1, 4, 5, 6, 4])
    }

    @Test func hoursShiftsAndWeekdays() {
        var hours = [Int](repeating: 0, count: 24)
        for (hour, count) in [3: 1, 7: 1, 8: 1, 9: 2, 10: 1, 11: 1, 12: 1, 13: 1, 14: 1, 15: 1, 16: 1, 18: 1, 19: 3, 20: 1, 21: 1, 22: 1, 23: 1] {
            hours[hour] = count
        }
        #expect(analysis.byHour.map(\.key) == Array(0..<24))
        #expect(analysis.byHour.map(\.count) == hours)
        #expect(analysis.byShift.map(\.key.name) == ["dag", "aften", "nat"])
        #expect(analysis.byShift.map(\.count) == [9, 9, 2])
        #expect(analysis.byWeekday.map(\.key) == Weekday.allCases.map { $0 })
        #expect(analysis.byWeekday.map(\.count) == [1, 4, 2, 4, 3, 4, 2])
    }

    @Test func locationsCitizensAndGroups() {
        #expect(analysis.byLocation == [
            Tally("Fællesstue", 8), Tally("Køkken", 5), Tally("Gang", 3), Tally("Bolig 3", 2), Tally("Bolig 5", 2), Tally("Haven", 0),
        ])
        #expect(analysis.byCitizen == [Tally("borger-A", 9), Tally("borger-B", 5), Tally("borger-C", 2)])
        #expect(analysis.withoutCitizen == 4)
        #expect(analysis.byProfessionalGroup == [
            Tally("pædagog", 10), Tally("social- og sundhedsassistent", 5), Tally("vikar", 5),
        ])
    }

    @Test func formsAndConsequences() {
        #expect(analysis.byForm.map(\.key) == IncidentForm.allCases.map { $0 })
        // threat, verbalAbuse, blow, kick, scratch, bite, spitting, pushOrGrab, thrownObject, sexualBehaviour, selfHarm, other
        #expect(analysis.byForm.map(\.count) == [6, 4, 3, 1, 1, 0, 2, 1, 1, 1, 2, 1])
        #expect(analysis.byConsequence.map(\.key) == IncidentConsequence.allCases.map { $0 })
        // none, physicalInjury, psychologicalReaction, medicalTreatment, sickLeave, reportedAsWorkInjury, propertyDamage
        #expect(analysis.byConsequence.map(\.count) == [5, 5, 9, 1, 1, 1, 1])
    }

    @Test func nearMissesForceAndAffectedLevels() {
        #expect(analysis.nearMisses == 2)
        #expect(analysis.nearMissShare == 0.1)
        #expect(analysis.useOfForce == 3)
        #expect(analysis.affectedLevels.map(\.key) == Array(1...10))
        #expect(analysis.affectedLevels.map(\.count) == [0, 2, 2, 3, 3, 3, 2, 3, 1, 1])
        #expect(abs(analysis.affectedMean! - 5.6) < 1e-9)
        #expect(analysis.affectedMedian == 5.5)
    }

    @Test func followUpWithinThreeDays() {
        let followUp = analysis.followUp
        #expect(followUp.onTime == 14)
        #expect(followUp.pending == 2)
        #expect(followUp.late == [
            .init(incident: "i-04", time: LocalDateTime(isoString: "2026-02-05T23:30")!, dueDate: Self.date("2026-02-08"), heldOn: Self.date("2026-02-12")),
            .init(incident: "i-07", time: LocalDateTime(isoString: "2026-02-11T09:10")!, dueDate: Self.date("2026-02-14"), heldOn: nil),
            .init(incident: "i-11", time: LocalDateTime(isoString: "2026-02-16T07:40")!, dueDate: Self.date("2026-02-19"), heldOn: Self.date("2026-02-23")),
            .init(incident: "i-14", time: LocalDateTime(isoString: "2026-02-19T20:10")!, dueDate: Self.date("2026-02-22"), heldOn: nil),
        ])
    }

    @Test func repeats() {
        let tuesdayEvening = RepeatFinding.Subject.timeSlot(.tuesday, ShiftSchedule.standard.shifts[1])
        #expect(analysis.repeats == [
            RepeatFinding(subject: .citizen("borger-A"), count: 9, firstDate: Self.date("2026-02-01"), lastDate: Self.date("2026-02-27")),
            RepeatFinding(subject: .citizen("borger-B"), count: 5, firstDate: Self.date("2026-02-04"), lastDate: Self.date("2026-02-22")),
            RepeatFinding(subject: .location("Fællesstue"), count: 8, firstDate: Self.date("2026-02-03"), lastDate: Self.date("2026-02-24")),
            RepeatFinding(subject: .location("Køkken"), count: 5, firstDate: Self.date("2026-02-01"), lastDate: Self.date("2026-02-28")),
            RepeatFinding(subject: .location("Gang"), count: 3, firstDate: Self.date("2026-02-04"), lastDate: Self.date("2026-02-26")),
            RepeatFinding(subject: tuesdayEvening, count: 4, firstDate: Self.date("2026-02-03"), lastDate: Self.date("2026-02-24")),
        ])
    }

    @Test func flags() {
        #expect(analysis.flags == [
            .lowNearMissShare(share: 0.1, threshold: 0.2),
            .lateFollowUps(count: 4, days: 3),
        ] + analysis.repeats.map(IncidentFlag.repeated))
        #expect(analysis.flags.count == 8)
    }

    @Test func theMonthIsValid() {
        let diagnostics = IncidentExamples.month.validate()
        #expect(diagnostics.withoutFindings.isEmpty)
        // The four late learning talks of the report are the log's findings, at their entries.
        #expect(diagnostics.map(\.code) == Array(repeating: .findingIncidentLateLearningTalk, count: 4))
        #expect(diagnostics.map(\.path.description) == ["$.incidents[3].followUp.date", "$.incidents[6]", "$.incidents[10].followUp.date", "$.incidents[13]"])
        #expect(diagnostics.count == analysis.followUp.late.count)
    }
}
