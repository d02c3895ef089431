import DocumentTree
import ForebygCore
import Testing
import LearningMethods

@Suite struct ResidentConferenceTests {
    static let seedAgenda: [(String, Int)] = [
        ("Åbning", 5), ("Evaluering af seneste beboerkonference", 15), ("Fortællinger", 30), ("Pause", 10),
        ("Skabe bedre forståelse af borgeren", 15), ("Aftale indsatser", 15),
    ]

    static func day(_ day: Int) -> CalendarDate { try! CalendarDate(year: 2026, month: 3, day: day) }

    static var held: ResidentConference {
        ResidentConference(
            date: day(16), resident: "beboer-7", residentChosenOn: day(9),
            participants: [.init(person: "leder", role: .chair), .init(person: "kontaktperson", role: .narrator)],
            agreedActions: [
                AgreedAction(id: "musik", action: "Musik ved morgenplejen", responsible: ["kontaktperson"], frequency: "Hver morgen",
                             starts: day(17), documentedBy: "kontaktperson"),
            ],
            nextConference: day(30))
    }

    @Test func standardAgendaIsTheSeedsNinetyMinutes() {
        let agenda = ResidentConference.standardAgenda
        #expect(agenda.items.map { ($0.title, $0.minutes ?? -1) }.elementsEqual(Self.seedAgenda) { $0 == $1 })
        #expect(agenda.lengthMinutes == 90)
        #expect(agenda.scheduledMinutes == 90)
        #expect(agenda.validate(at: .root).isEmpty)
        #expect(agenda.items[5].description?.contains("hvem der skal gøre hvad, hvor tit, hvornår tiltagene sættes i værk, og hvem der dokumenterer") == true)
    }

    @Test func agendaWhoseTimingsDoNotAddUpIsAnError() {
        var conference = Self.held
        conference.agenda.items[2].minutes = 40
        let diagnostics = conference.validate()
        #expect(diagnostics.errors.map(\.code) == [.agendaTimingsDoNotAddUp])
        #expect(diagnostics.errors.first?.path.description == "$.agenda.lengthMinutes")
        #expect(diagnostics.errors.first?.message.contains("100") == true)
    }

    @Test func untimedItemsMayNotExceedTheLength() {
        let agenda = MeetingAgenda(lengthMinutes: 15, items: [AgendaItem(title: "A", minutes: 10), AgendaItem(title: "B"), AgendaItem(title: "C", minutes: 10)])
        #expect(agenda.validate(at: FieldPath.root.key("agenda")).map(\.code) == [.agendaTimingsDoNotAddUp])
        #expect(MeetingAgenda(lengthMinutes: 15, items: [AgendaItem(title: "A", minutes: 10), AgendaItem(title: "B")]).validate(at: .root).isEmpty)
    }

    @Test func actionWithoutResponsibleIsAnError() {
        var conference = Self.held
        conference.agreedActions.append(AgreedAction(id: "ro", action: "Ro ved aftensmaden", responsible: []))
        let diagnostics = conference.validate()
        #expect(diagnostics.errors.map { "\($0.code) \($0.path)" } == ["conference.actionWithoutResponsible $.agreedActions[1].responsible"])
        #expect(diagnostics.warnings.map { "\($0.code) \($0.path)" } == ["conference.actionNotDocumented $.agreedActions[1].documentedBy"])
    }

    @Test func residentChosenLessThanAWeekBeforeIsWarned() {
        var conference = Self.held
        #expect(conference.validate().isEmpty)
        conference.residentChosenOn = Self.day(10)
        #expect(conference.validate().map { "\($0.severity) \($0.code) \($0.path)" } == ["warning conference.residentChosenLate $.residentChosenOn"])
        conference.occasion = .afterIncident
        #expect(conference.validate().isEmpty)
    }

    @Test func conferencesMoreThanFourteenDaysApartAreWarned() {
        var conference = Self.held
        conference.nextConference = Self.day(31)
        conference.previousConference = Self.day(1)
        #expect(conference.validate().map(\.path.description) == ["$.previousConference", "$.nextConference"])
    }

    @Test func missingRolesAreWarned() {
        var conference = Self.held
        conference.participants = []
        #expect(conference.validate().map(\.code) == [.conferenceNoChair, .conferenceNoNarrator])
        #expect(ResidentConference.blank.validate().isEmpty)
    }

    @Test func theNextConferenceEvaluatesTheLastOnesActions() throws {
        let next = Self.held.followUp(on: Self.day(30), resident: "beboer-3")
        #expect(next.previousConference == Self.day(16))
        #expect(next.evaluations == [ActionEvaluation(actionID: "musik", action: "Musik ved morgenplejen")])
        #expect(next.validate(following: Self.held).isEmpty)
        var unevaluated = next
        unevaluated.evaluations = [ActionEvaluation(actionID: "dans", action: "?")]
        unevaluated.previousConference = Self.day(2)
        #expect(unevaluated.validate(following: Self.held).map { "\($0.code) \($0.path)" } == [
            "conference.actionNotEvaluated $.evaluations",
            "conference.unknownAction $.evaluations[0].actionID",
            "conference.previousDateMismatch $.previousConference",
        ])
        var evaluated = next
        evaluated.evaluations[0].wentWell = "Roligere morgener"
        let table = try #require(TestSupport.table("evaluation", in: evaluated.document(in: .danish)))
        #expect(table.columns.map(\.key) == ["action", "went_well", "do_differently"])
        #expect(table.rows[0].map(\.plainText) == ["Musik ved morgenplejen", "Roligere morgener", ""])
    }

    @Test func agreedActionsTableSaysWhoHowOftenWhenAndWhoDocuments() throws {
        let table = try #require(TestSupport.table("agreed-actions", in: Self.held.document(in: .danish)))
        #expect(table.columns.map(\.key) == ["action", "responsible", "frequency", "starts", "documented_by"])
        #expect(table.columns.map(\.title) == ["Aftalt indsats", "Hvem", "Hvor tit", "Hvornår", "Dokumenteres af"])
        #expect(table.rows[0].map(\.plainText) == ["Musik ved morgenplejen", "kontaktperson", "Hver morgen", "17.03.2026", "kontaktperson"])
    }

    @Test func albertslundsProcedureIsCarriedVerbatim() throws {
        let conference = LearningExamples.albertslundConference
        let document = conference.document(in: .danish)
        let text = TestSupport.text(document)
        #expect(conference.occasion == .afterIncident)
        #expect(text.contains("På konferencen fortæller den udsatte medarbejder – uden afbrydelser fra kolleger – om episoden med beboeren."))
        #expect(text.contains("Hvad gjorde han?") && text.contains("Hvad var vigtigt for dig?"))
        #expect(text.contains("fx ved at sige ”Jeg hører, det er vigtigt for dig, at …”, og fortælleren lytter uden at kommentere."))
        #expect(text.contains("Beboerkonferencerne holdes, så hver beboer som minimum er med på en konference en gang om året."))
        #expect(text.contains("Aftalerne evalueres på den næste beboerkonference."))
        #expect(text.contains("Lederen er mødeleder og skal sikre, at dagsordenen følges"))
        let participants = try #require(TestSupport.table("participants", in: document))
        #expect(participants.rows.first?.map(\.plainText) == ["afdelingsleder", "Mødeleder", "afdelingsleder"])
        #expect(conference.agreedActions.first?.documentedBy == "kontaktperson")
    }

    @Test func blankConferenceIsAFormWithTheStandardAgendaAndRules() throws {
        let document = ResidentConference.blank.document(in: .english)
        let agenda = try #require(TestSupport.table("agenda", in: document))
        #expect(agenda.columns.map(\.key) == ["item", "minutes", "content"])
        #expect(agenda.rows.map { $0[1].plainText } == ["5", "15", "30", "10", "15", "15"])
        #expect(agenda.caption?.plainText == "Length: 90 min.")
        #expect(document.metadata.title == "Resident conference")
        #expect(document.fields.allSatisfy { $0.answer == nil })
        #expect(TestSupport.text(document).contains("Senest en uge før besluttes det, hvilken beboer der skal gennemgås."))
    }
}
