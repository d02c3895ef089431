import DocumentTree
import ForebygCore
import Testing
import LearningMethods

@Suite struct BoardMeetingTests {
    @Test func standardAgendaIsTheSeedsFifteenMinutes() {
        let agenda = BoardMeeting.standardAgenda
        #expect(agenda.lengthMinutes == 15)
        #expect(agenda.items.map(\.title) == ["Mål", "Status", "Ideer", "Aftaler", "Næste møde"])
        #expect(agenda.items[0].description == "Byd velkommen og start med at gennemgå målene for indsatsen.")
        #expect(agenda.items[1].questions.count == 4)
        #expect(agenda.items[3].description == "Aftal, hvad der skal ske frem til næste møde – hvem skal gøre hvad?")
    }

    @Test func sctHansBoardCarriesTheSeedsCase() {
        let meeting = LearningExamples.sctHansBoardMeeting
        let text = TestSupport.text(meeting.document(in: .danish))
        #expect(meeting.agenda.lengthMinutes == 20)
        #expect(text.contains("På afsnit M21 på Psykiatrisk Center Sct. Hans har det ugentlige tavlemøde på 20 minutter høj prioritet."))
        #expect(text.contains("Der kommer en deadline på kortet, som rykker til tavlens felt med igangværende initiativer."))
        #expect(text.contains("At få stemt klaveret i fællesstuen"))
        #expect(text.contains("Kvalitetstavle") && text.contains("Forbedringstavle"))
        #expect(meeting.cards(in: .inProgress).map(\.id) == ["medicingivning"])
        #expect(meeting.cards(in: .proposed).count == 2)
    }

    @Test func boardFiguresShowAsAChart() throws {
        let document = LearningExamples.sctHansBoardMeeting.document(in: .danish)
        let chart = try #require(TestSupport.charts(document).first)
        #expect(chart.name == "tvang-pr-uge")
        #expect(chart.kind == .bar)
        #expect(chart.points.map(\.label) == ["Uge 6", "Uge 7", "Uge 8", "Uge 9"])
        #expect(chart.summary == "Brug af tvang pr. uge. Uge 9: 1")
        #expect(chart.dataTable.columns.map(\.title) == ["Periode", "Antal"])
    }

    @Test func cardsAreTabledByField() throws {
        let document = LearningExamples.sctHansBoardMeeting.document(in: .english)
        let inProgress = try #require(TestSupport.table("cards-in-progress", in: document))
        #expect(inProgress.columns.map(\.key) == ["proposal", "proposed_by", "deadline", "responsible", "forum", "follow_up"])
        #expect(inProgress.rows.map { $0[2].plainText } == ["2026-03-30"])
        #expect(TestSupport.table("cards-proposed", in: document)?.rows.count == 2)
        #expect(TestSupport.table("cards-done", in: document)?.rows.isEmpty == true)
        #expect(TestSupport.text(document).contains("In progress"))
    }

    @Test func cardInProgressWithoutDeadlineIsAnError() {
        var meeting = LearningExamples.sctHansBoardMeeting
        meeting.cards[1].state = .inProgress
        let diagnostics = meeting.validate()
        #expect(diagnostics.map { "\($0.severity) \($0.code) \($0.path)" } == ["error board.cardWithoutDeadline $.cards[1].deadline"])
        meeting.cards[1] = meeting.cards[1].started(deadline: CalendarDate("2026-02-01"))
        #expect(meeting.validate().map(\.code) == [.boardDeadlinePassed])
    }

    @Test func otherBoardRulesNameTheirPaths() {
        var meeting = LearningExamples.sctHansBoardMeeting
        meeting.agreements.append(BoardAgreement(what: "Tjek", responsible: ""))
        meeting.measures[0].name = "Tvang pr uge"
        meeting.measures[0].points[1].value = .infinity
        meeting.cards.append(meeting.cards[0])
        meeting.agenda.lengthMinutes = 0
        #expect(Set(meeting.validate().map { "\($0.code) \($0.path)" }) == [
            "agenda.lengthOutOfBounds $.agenda.lengthMinutes",
            "board.duplicateCardID $.cards[3].id",
            "board.agreementWithoutResponsible $.agreements[1].responsible",
            "board.unsafeMeasureName $.measures[0].name",
            "board.valueNotFinite $.measures[0].points[1].value",
        ])
    }

    @Test func meetingsFormASeries() {
        var meeting = LearningExamples.sctHansBoardMeeting
        meeting.cards[2].state = .done
        let next = meeting.continued(on: CalendarDate("2026-03-09")).recording(0, for: "Uge 10", in: "tvang-pr-uge")
        #expect(next.cards.map(\.id) == ["medicingivning", "klaver"])
        #expect(next.status.isEmpty && next.agreements.isEmpty)
        #expect(next.goals == meeting.goals)
        #expect(next.measures[0].points.last == BoardMeasure.Point(period: "Uge 10", value: 0))
        #expect(next.recording(3, for: "Uge 11", in: "ukendt") == next)
    }
}
