import ActionPlans
import DocumentTree
import ForebygCore
import Testing

@Suite struct WellbeingGroupPlanTests {
    let plan = PlanExamples.seed001WellbeingGroupPlan

    @Test func seedPlanHasOnlyTheResponsibleWarningsTheSeedImplies() {
        let diagnostics = plan.validate()
        #expect(!diagnostics.containsErrors)
        #expect(diagnostics.map(\.code) == Array(repeating: .wellbeingNoResponsible, count: 3))
        #expect(diagnostics.map(\.path.description) == [
            "$.activities[1].responsible", "$.activities[2].responsible", "$.activities[4].responsible",
        ])
    }

    @Test func membersTableHasTheSeedsThreeRowsWithBlankNames() throws {
        let table = try #require(plan.document(in: .danish).tables.first { $0.name == "wellbeing-members" })
        #expect(table.columns.map(\.title) == ["Navn", "Titel", "Rolle og ansvar"])
        #expect(table.rows.map { $0.map(\.plainText) } == [
            ["", "Leder", ""], ["", "Arbejdsmiljørepræsentant", ""], ["", "Tillidsrepræsentant", ""],
        ])
    }

    @Test func stepTwoAnswersAppearAsFields() {
        let fields = plan.document(in: .english).fields
        #expect(fields.map(\.label.plainText) == [
            WellbeingGroupPlan.purposeQuestion, WellbeingGroupPlan.goalsQuestion, WellbeingGroupPlan.successQuestion,
        ])
        #expect(fields[1].answer?.last?.plainText == "Vi implementerer LA2, der vil skabe et grundlag for et trygt og trivselsfremmende arbejdsmiljø.")
        #expect(fields[2].answer?.count == 3)
    }

    @Test func activityPlanReproducesTheSeedExample() throws {
        let table = try #require(plan.document(in: .danish).tables.first { $0.name == "wellbeing-activities" })
        #expect(table.columns.map(\.key) == ["activity", "description", "status", "deadline_and_responsible"])
        #expect(table.columns.map(\.title) == ["Aktivitet", "Beskrivelse", "Status", "Deadline og Ansvarlig"])
        #expect(table.rows.count == 5)
        #expect(table.rows[0].map(\.plainText) == [
            "Orientere på personalemøde om, at LA2 skal implementeres.",
            "Repræsentanter fra Trivselsgruppen orienterer på personalemøde i marts 2020 om, at LA2 tages i brug i Hus A og Hus B.\nBegrunde valget af LA2 som metode.",
            "Orientering gennemført på p-møde i Hus A d. xx.xx og i Hus B d. xx.xx.",
            "Deadline d. xx.xx.\nAfdelingsleder i Hus A og Hus B.",
        ])
        #expect(table.rows[1][3].plainText == "")
        #expect(plan.statusMeetings.map(\.id) == ["statusmoede"])
    }

    @Test func statusAfterAsOfAndDeadlineBeforeStartAreErrors() {
        var changed = plan
        changed.start = CalendarDate("2020-03-01")
        changed.asOf = CalendarDate("2020-04-01")
        changed.activities[1].deadline = CalendarDate("2020-02-01")
        changed.activities[2].statusHistory = [StatusEntry(date: CalendarDate("2020-04-02"), status: .completed)]
        let errors = changed.validate().errors
        #expect(errors.map(\.code) == [.planDeadlineBeforeStart, .planStatusAfterAsOf])
        #expect(errors.map(\.path.description) == ["$.activities[1].deadline", "$.activities[2].statusHistory[0].date"])
    }

    @Test func datedDeadlineAndNamedResponsibleShareTheSeedsOneColumn() throws {
        var changed = plan
        changed.activities[1].deadline = "2020-04-01"
        changed.activities[1].responsible = ["Anna", "Bo"]
        let danish = try #require(changed.document(in: .danish).tables.first { $0.name == "wellbeing-activities" })
        #expect(danish.rows[1][3].plainText == "Deadline 01.04.2020\nAnna, Bo")
        let english = try #require(changed.document(in: .english).tables.first { $0.name == "wellbeing-activities" })
        #expect(english.columns[3].title == "Deadline and responsible")
        #expect(english.rows[1][3].plainText == "Deadline 2020-04-01\nAnna, Bo")
    }

    @Test func planWithoutStatusMeetingIsWarned() {
        var changed = plan
        changed.activities.remove(at: 3)
        #expect(changed.validate().contains { $0.code == .wellbeingNoStatusMeeting && $0.severity == .warning })
    }
}
