#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ActionPlans
import DocumentTree
import ForebygCore
import Testing

@Suite struct CitizenActionPlanTests {
    let plan = PlanExamples.seed004CitizenPlan
    let statusDay = CalendarDate("2026-02-17")

    @Test func seedPlanValidatesCleanly() {
        #expect(plan.validate().isEmpty)
        #expect(plan.measures.count == 13)
        #expect(plan.tracks.map(\.title) == [
            "Kompetence og introduktion", "Faglig retning og struktur", "Registrering og læring", "Bemanding og stabilitet",
        ])
    }

    @Test func statusTableReproducesTheSeed() throws {
        let document = plan.document(in: .danish)
        #expect(document.blocks.contains(.heading(level: 2, text: "Status pr. 17.02.2026")))
        let table = try #require(document.tables.first { $0.name == "status-2026-02-17" })
        #expect(table.columns.map(\.title) == ["Tiltag", "Status"])
        #expect(table.rows.count == 11)
        #expect(table.rows[0].map(\.plainText) == ["Generel introduktion", "Implementeret, har dog forsat særligt fokus."])
        #expect(table.rows[10].map(\.plainText) == ["Bemanding", "Rekruttering i gang, samtaler den 20.02.2026"])
        #expect(document.metadata.subject == "konkret-borger")
        #expect(document.metadata.date == "17.02.2026")
    }

    @Test func bulletListsAndSectionsAppear() {
        let document = plan.document(in: .danish)
        let bullets = document.blocks.compactMap { block -> [String]? in
            guard case .list(let list) = block else { return nil }
            return list.items.flatMap { $0 }.compactMap { item in
                guard case .paragraph(let text) = item else { return nil }
                return text.plainText
            }
        }
        #expect(bullets.count == 4)
        #expect(bullets[3] == ["Vakante stillinger i rekruttering", "Prioritering af medarbejdere med erfaring og kendskab til borgeren"])
        #expect(document.blocks.contains(.heading(level: 2, text: "Opfølgning og evaluering")))
        #expect(document.blocks.contains(.paragraph("Indsatsen bygger på fire gennemgående spor:")))
    }

    @Test func statusHistoryAndOverviewTablesHaveStableKeys() throws {
        let document = plan.document(in: .english)
        let history = try #require(document.tables.first { $0.name == "status-history" })
        #expect(history.columns.map(\.key) == ["measure", "status_date", "status", "note"])
        #expect(history.rows.count == 11)
        #expect(history.rows[2].map(\.plainText) == [
            "Revideret risikovurdering på konkret borger", "2026-02-17", "revised, awaiting approval",
            "Revideret og afventer godkendelse af ekstern rådgiver",
        ])
        let overview = try #require(document.tables.first { $0.name == "citizen-plan-measures" })
        #expect(overview.columns.map(\.key) == ["track", "measure", "responsible", "deadline", "status", "status_date"])
        #expect(overview.rows.count == 13)
        #expect(overview.rows[12].map(\.plainText) == [
            "Bemanding og stabilitet", "Prioritering af medarbejdere med erfaring og kendskab til borgeren", "Ledelsen", "", "", "",
        ])
    }

    @Test func statusAfterTheAsOfDateIsAnError() {
        var changed = plan
        changed.statusSnapshots.append(.init(date: statusDay.adding(days: 1), entries: [.init(measure: "bemanding", status: .implemented)]))
        let errors = changed.validate().errors
        #expect(errors.map(\.code) == [.planStatusAfterAsOf])
        #expect(errors.first?.path.description == "$.statusSnapshots[1].date")
    }

    @Test func unknownMeasureAndMissingResponsibleAreErrors() {
        var changed = plan
        changed.overallResponsible = []
        changed.statusSnapshots[0].entries[0].measure = "findes-ikke"
        let errors = changed.validate().errors
        #expect(errors.filter { $0.code == .planNoResponsible }.count == 13)
        #expect(errors.first?.path.description == "$.tracks[0].measures[0].responsible")
        #expect(errors.contains { $0.code == .citizenUnknownMeasure && $0.path.description == "$.statusSnapshots[0].entries[0].measure" })
    }

    @Test func deadlineBeforeTheStartIsAnError() {
        var changed = plan
        changed.start = CalendarDate("2026-01-01")
        changed.tracks[1].measures[2].deadline = CalendarDate("2025-12-31")
        let errors = changed.validate().errors
        #expect(errors.map(\.code) == [.planDeadlineBeforeStart])
        #expect(errors.first?.path.description == "$.tracks[1].measures[2].deadline")
    }

    @Test func unknownStatusIsADecodingErrorWithPath() throws {
        var text = try #require(String(data: try DocumentCodec.encode(plan), encoding: .utf8))
        text = text.replacing("\"inPreparation\"", with: "\"næsten færdig\"")
        #expect {
            try DocumentCodec.decode(CitizenActionPlan.self, from: Data(text.utf8))
        } throws: { error in
            guard let error = error as? DocumentInputError else { return false }
            return error.kind == .invalidValue && error.path.description == "$.statusSnapshots[0].entries[5].status"
                && error.message.contains("næsten færdig")
        }
    }
}
