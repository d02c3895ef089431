#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ActionPlans
import DocumentTree
import ForebygCore
import Testing

@Suite struct ProposalTests {
    let example = PlanExamples.seed000Proposal

    @Test func filledExampleShowsTheExampleWordingAndVerbatimAnswers() throws {
        let document = example.document(in: .danish)
        #expect(document.fields.count == 10)
        let fifth = try #require(document.fields.first { $0.number == "5" })
        #expect(fifth.label.plainText == "Hvad vurderer arbejdsgruppen, der skal til, for at den faglige udfordring er imødekommet?")
        let first = try #require(document.fields.first)
        #expect(first.answer?.first?.plainText.hasPrefix("Vi er usikre på, om kollegaerne kan høre os") == true)
        #expect(first.answeredBy == "Arbejdsgruppen")
        #expect(document.fields[5].answeredBy == "Implementeringsgruppen")
        let tenth = try #require(document.fields.last)
        #expect(tenth.answer?.last?.plainText.hasSuffix("om der stadig er usikkerhed forbundet med alenearbejde.") == true)
    }

    @Test func filledExampleHasDecisionsCoordinationAndHistory() throws {
        let document = example.document(in: .danish)
        let actions = try #require(document.tables.first { $0.name == "proposal-actions" })
        #expect(actions.columns.map(\.key) == ["what", "responsible", "deadline", "timing"])
        #expect(actions.rows.count == 7)
        #expect(actions.rows[6][1].plainText == "Daglig leder, Arbejdsmiljørepræsentanten")
        let lifecycle = try #require(document.tables.first { $0.name == "proposal-lifecycle" })
        #expect(lifecycle.rows.map { $0[1].plainText } == ["Udkast", "Overdraget til implementeringsgruppen", "Prioriteret"])
        #expect(lifecycle.rows[2][2].plainText == "Midtvejsmøde")
        #expect(example.stage == .prioritised)
        #expect(example.isPrioritised)
    }

    @Test func blankFormHasTenEmptyFieldsInTheFormWording() throws {
        let document = PlanExamples.blankProposal.document(in: .danish)
        #expect(document.fields.count == 10)
        #expect(document.fields.allSatisfy { $0.answer == nil })
        #expect(document.fields.map(\.label.plainText) == ProposalQuestion.allCases.map(\.text))
        #expect(document.metadata.title == "Forslag til nye tiltag")
        #expect(document.metadata.slug == "proposal-blank")
        let actions = try #require(document.tables.first { $0.name == "proposal-actions" })
        #expect(actions.rows.count == 4)
        #expect(actions.rows.allSatisfy { row in row.allSatisfy(\.isEmpty) })
    }

    @Test func englishLabelsKeepDanishContent() throws {
        let document = example.document(in: .english)
        #expect(document.fields[0].answeredBy == "The working group")
        #expect(document.fields[0].label.plainText == ProposalQuestion.storyAndChallenge.text)
        #expect(document.blocks.contains(.heading(level: 2, text: "Questions for the implementation group")))
        #expect(document.metadata.language == .english)
    }

    @Test func exampleValidatesWithoutDiagnostics() {
        #expect(example.validate().isEmpty)
        #expect(PlanExamples.blankProposal.validate().isEmpty)
    }

    @Test func decisionDatedBeforeTheHandoverIsAnError() {
        var proposal = example
        proposal.lifecycle = [
            .init(stage: .handedToImplementationGroup, date: CalendarDate("2026-03-10")),
            .init(stage: .prioritised, date: CalendarDate("2026-03-02"), meeting: .midwayMeeting),
        ]
        let diagnostics = proposal.validate()
        #expect(diagnostics.errors.map(\.code) == [.proposalLifecycleOrder])
        #expect(diagnostics.errors.first?.path.description == "$.lifecycle[1].date")
    }

    @Test func decisionWithoutHandoverIsAnError() {
        var proposal = example
        proposal.lifecycle = [.init(stage: .draft), .init(stage: .prioritised)]
        let error = proposal.validate().errors.first
        #expect(error?.code == .proposalLifecycleTransition)
        #expect(error?.path.description == "$.lifecycle[1].stage")
    }

    @Test func actionWithoutResponsibleAndEarlyDeadlineAreErrors() {
        var proposal = example
        proposal.lifecycle = [.init(stage: .handedToImplementationGroup), .init(stage: .prioritised, date: CalendarDate("2026-03-02"))]
        proposal.actions = [.init(id: "a", what: "Noget", responsible: [], deadline: CalendarDate("2026-03-01"))]
        let errors = proposal.validate().errors
        #expect(errors.map(\.code) == [.planNoResponsible, .proposalDeadlineBeforeDecision])
        #expect(errors.map(\.path.description) == ["$.actions[0].responsible", "$.actions[0].deadline"])
    }

    @Test func unknownQuestionNumberIsADecodingErrorWithPath() {
        let json = #"{"type":"proposal","version":1,"id":"x","answers":[{"question":11,"paragraphs":[]}]}"#
        #expect {
            try DocumentCodec.decode(Proposal.self, from: Data(json.utf8))
        } throws: { error in
            (error as? DocumentInputError)?.path.description == "$.answers[0].question"
        }
    }

    @Test func newerVersionIsRejected() {
        let json = #"{"type":"proposal","version":2,"id":"x"}"#
        #expect {
            try DocumentCodec.decode(Proposal.self, from: Data(json.utf8))
        } throws: { error in
            (error as? DocumentInputError)?.kind == .unsupportedVersion
        }
    }

    @Test func unknownMembersAreIgnored() throws {
        let json = #"{"type":"proposal","version":1,"id":"x","futureMember":{"a":1}}"#
        let proposal = try DocumentCodec.decode(Proposal.self, from: Data(json.utf8))
        #expect(proposal.id == "x")
        #expect(proposal.isBlank)
    }

    @Test(arguments: ProposalQuestion.allCases)
    func questionFieldKeepsItsFormWording(question: ProposalQuestion) {
        let blank = question.field(answer: nil, in: .danish)
        #expect(blank.label.plainText == question.text)
        #expect(blank.answer == nil)
        #expect(blank.number == String(question.rawValue))
        #expect(blank.answeredBy == (question.rawValue <= 5 ? "Arbejdsgruppen" : "Implementeringsgruppen"))
        let example = question.field(answer: ["Svar"], in: .english, wording: .filledExample)
        #expect(example.label.plainText == question.exampleWording)
        #expect(example.answer == ["Svar"])
    }
}
