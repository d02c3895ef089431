#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ActionPlans
import DocumentTree
import ForebygCore
import Testing

@Suite struct WorkplaceActionPlanTests {
    let plan = PlanExamples.seed003WorkplacePlan
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { try! CalendarDate(year: year, month: month, day: day) }

    @Test func seedTableReproducesTheExample() throws {
        let document = plan.document(in: .danish)
        #expect(document.metadata.title == "Eksempel på handleplan for forebyggelse af trusler og vold")
        let table = try #require(document.tables.first { $0.name == "action-plan" })
        #expect(table.columns.map(\.key) == ["focus_area", "what_how_when", "timing", "responsible", "status", "goal"])
        #expect(table.rows.map { $0[0].plainText } == [
            "Møder", "Analyse af registreringer", "Risikovurdering",
            "Introduktion og oplæring ift. forebyggelse af trusler og vold", "Kompetenceudvikling",
        ])
        #expect(table.rows[0][2].plainText == "ugentligt\nmånedligt")
        #expect(table.rows[2][2].plainText == "3 x dagligt")
        #expect(table.rows[4][4].plainText == "Ca. 1/3 har gennemført kurset i Low Arousal.")
        #expect(table.rows[4][5].plainText == "Alle ansatte skal have kursus i Low Arousal i 2021.")
        #expect(table.rows[3][3].plainText == "Hvis muligt sker intro v. AMR ellers ved koordinator.")
    }

    @Test func englishDocumentTranslatesLabelsOnly() throws {
        let document = plan.document(in: .english)
        let table = try #require(document.tables.first { $0.name == "action-plan" })
        #expect(table.columns.map(\.title) == ["Focus area", "What, how and when?", "Date, interval", "Responsible", "Status", "Goal"])
        #expect(table.rows[0][2].plainText == "weekly\nmonthly")
        #expect(table.rows[1][0].plainText == "Analyse af registreringer")
    }

    @Test func statusHistoryIsItsOwnTable() throws {
        var changed = plan
        changed.asOf = Self.day(2026, 3, 1)
        changed.rows[4].statusHistory.append(StatusEntry(date: Self.day(2026, 2, 1), status: .inProgress, note: "Halvdelen har gennemført"))
        let table = try #require(changed.document(in: .danish).tables.first { $0.name == "status-history" })
        #expect(table.columns.map(\.key) == ["focus_area", "status_date", "status", "note"])
        #expect(table.rows.map { $0.map(\.plainText) } == [
            ["Kompetenceudvikling", "", "", "Ca. 1/3 har gennemført kurset i Low Arousal."],
            ["Kompetenceudvikling", "01.02.2026", "i gang", "Halvdelen har gennemført"],
        ])
        let main = try #require(changed.document(in: .danish).tables.first { $0.name == "action-plan" })
        #expect(main.rows[4][4].plainText == "01.02.2026: Halvdelen har gennemført")
    }

    @Test func metadataAppearsAsDescriptionList() throws {
        var changed = plan
        changed.workplace = "Botilbuddet Engen"
        changed.authors = [PlanAuthor(role: .leader, name: "Mette"), PlanAuthor(role: .workEnvironmentRepresentative)]
        changed.adopted = Self.day(2026, 1, 15)
        let document = changed.document(in: .danish)
        guard case .descriptionList(let list) = try #require(document.blocks.first) else {
            Issue.record("expected a description list first")
            return
        }
        #expect(list.items.map(\.label) == ["Arbejdsplads", "Periode", "Udarbejdet af", "Vedtaget", "Næste revision", "Status pr."])
        #expect(list.items[2].value.plainText == "Mette (Leder), Arbejdsmiljørepræsentant (AMR)")
        #expect(list.items[3].value.plainText == "15.01.2026")
        #expect(document.metadata.date == "15.01.2026")
    }

    @Test func rowWithoutResponsibleIsAnError() {
        var changed = plan
        changed.rows[2].responsible = []
        let errors = changed.validate().errors
        #expect(errors.map(\.code) == [.planNoResponsible])
        #expect(errors.first?.path.description == "$.rows[2].responsible")
    }

    @Test func deadlineBeforeStartAndStatusAfterAsOfAreErrors() {
        var changed = plan
        changed.period = PlanPeriod(start: Self.day(2026, 1, 1), end: Self.day(2026, 12, 31))
        changed.asOf = Self.day(2026, 3, 1)
        changed.rows[1].deadline = Self.day(2025, 12, 1)
        changed.rows[3].statusHistory = [StatusEntry(date: Self.day(2026, 3, 2), status: .inProgress)]
        let errors = changed.validate().errors
        #expect(errors.map(\.code) == [.planDeadlineBeforeStart, .planStatusAfterAsOf])
        #expect(errors.map(\.path.description) == ["$.rows[1].deadline", "$.rows[3].statusHistory[0].date"])
    }

    @Test func revisionMoreThanAYearAfterAdoptionIsWarned() {
        var changed = plan
        changed.adopted = Self.day(2026, 1, 15)
        changed.nextRevision = Self.day(2027, 1, 16)
        #expect(changed.validate().map(\.code) == [.planRevisionInterval])
        changed.nextRevision = Self.day(2027, 1, 15)
        #expect(changed.validate().isEmpty)
    }

    @Test func overdueRevisionIsWarned() {
        var changed = plan
        changed.adopted = Self.day(2025, 1, 15)
        changed.asOf = Self.day(2026, 1, 16)
        #expect(changed.validate().map(\.code) == [.planRevisionOverdue])
        #expect(changed.validate().first?.path.description == "$.adopted")
        changed.nextRevision = Self.day(2025, 12, 1)
        #expect(changed.validate().map(\.path.description) == ["$.nextRevision"])
        changed.asOf = Self.day(2025, 12, 1)
        #expect(changed.validate().isEmpty)
    }

    @Test func duplicateRowIdsAreErrors() {
        var changed = plan
        changed.rows[1].id = "moeder"
        #expect(changed.validate().errors.map(\.path.description) == ["$.rows[1].id"])
    }

    @Test(arguments: [
        (#"{"kind":"sometimes"}"#, "$.rows[0].timing[0].kind"),
        (#"{"kind":"timesPer","count":0,"interval":"day"}"#, "$.rows[0].timing[0].count"),
        (#"{"kind":"every","interval":"fortnight"}"#, "$.rows[0].timing[0].interval"),
        (#"{"kind":"date","date":"2026-02-30"}"#, "$.rows[0].timing[0].date"),
    ])
    func badTimingIsADecodingErrorWithPath(timing: String, path: String) {
        let json = #"{"type":"workplace-action-plan","version":1,"rows":[{"id":"a","focusArea":"f","whatHowWhen":"w","goal":"g","responsible":["Leder"],"timing":["#
            + timing + "]}]}"
        #expect {
            try DocumentCodec.decode(WorkplaceActionPlan.self, from: Data(json.utf8))
        } throws: { error in
            (error as? DocumentInputError)?.path.description == path
        }
    }

    @Test func timingLabels() {
        #expect(Timing.timesPer(3, .day).label(in: .danish) == "3 x dagligt")
        #expect(Timing.every(.quarter).label(in: .english) == "quarterly")
        #expect(Timing.period(start: Self.day(2026, 3, 1), end: Self.day(2026, 3, 31)).label(in: .danish) == "01.03.2026–31.03.2026")
        #expect(Timing.text("Efter behov").label(in: .english) == "Efter behov")
    }
}
