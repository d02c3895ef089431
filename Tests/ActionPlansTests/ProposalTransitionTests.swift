import ActionPlans
import ForebygCore
import Testing

/// Moving a proposal through its lifecycle: what may come next, allowed and refused steps.
@Suite struct ProposalTransitionTests {
    static func day(_ month: Int, _ day: Int) -> CalendarDate { try! CalendarDate(year: 2026, month: month, day: day) }

    @Test func whatMayComeNextFromEachStage() {
        #expect(Proposal(id: "p").nextStages == [.draft, .handedToImplementationGroup])
        #expect(Proposal.Stage.draft.nextStages == [.handedToImplementationGroup])
        #expect(Proposal.Stage.handedToImplementationGroup.nextStages == [.prioritised, .notPrioritised, .postponed])
        #expect(Proposal.Stage.postponed.nextStages == [.prioritised, .notPrioritised, .postponed])
        #expect(Proposal.Stage.prioritised.nextStages == [.prioritised, .notPrioritised, .postponed, .inImplementation])
        #expect(Proposal.Stage.notPrioritised.nextStages == [.prioritised, .notPrioritised, .postponed])
        #expect(Proposal.Stage.inImplementation.nextStages == [.evaluated])
        #expect(Proposal.Stage.evaluated.nextStages.isEmpty)
    }

    @Test func allowedStepsAreAppendedAndValidate() throws {
        var proposal = Proposal(id: "p")
        try proposal.advance(to: .draft, date: Self.day(3, 2))
        try proposal.advance(to: .handedToImplementationGroup, date: Self.day(3, 16))
        try proposal.advance(to: .postponed, date: Self.day(4, 13), meeting: .midwayMeeting, note: "Afventer budget")
        try proposal.advance(to: .prioritised, date: Self.day(5, 11), meeting: .closingMeeting)
        try proposal.advance(to: .inImplementation)
        #expect(proposal.stage == .inImplementation)
        #expect(proposal.lifecycle.map(\.stage) == [.draft, .handedToImplementationGroup, .postponed, .prioritised, .inImplementation])
        #expect(!proposal.validate().contains { $0.code.rawValue.hasPrefix("proposal.lifecycle") })
    }

    @Test func aDecisionBeforeTheHandoverIsRefusedWithTheReason() throws {
        var proposal = Proposal(id: "p")
        try proposal.advance(to: .draft)
        let error = try #require(throws: Proposal.TransitionError.self) { try proposal.advance(to: .prioritised) }
        #expect(error == Proposal.TransitionError(from: .draft, to: .prioritised, reason: .notAllowed))
        #expect(error.description == "prioritised cannot follow draft: it may be followed by handedToImplementationGroup")
        #expect(proposal.lifecycle.map(\.stage) == [.draft], "a refused step leaves the proposal unchanged")
    }

    @Test func nothingFollowsTheEvaluationAndTheFirstStepIsChecked() throws {
        var fresh = Proposal(id: "p")
        let first = try #require(throws: Proposal.TransitionError.self) { try fresh.advance(to: .evaluated) }
        #expect(first.description == "evaluated cannot follow the start: it may be followed by draft, handedToImplementationGroup")
        var done = Proposal(id: "p", lifecycle: [.init(stage: .handedToImplementationGroup), .init(stage: .prioritised), .init(stage: .inImplementation), .init(stage: .evaluated)])
        let after = try #require(throws: Proposal.TransitionError.self) { try done.advance(to: .inImplementation) }
        #expect(after.description == "inImplementation cannot follow evaluated: nothing may follow it")
    }

    @Test func aStepDatedBeforeTheLatestDatedStepIsRefused() throws {
        var proposal = Proposal(id: "p", lifecycle: [.init(stage: .handedToImplementationGroup, date: Self.day(3, 16))])
        let error = try #require(throws: Proposal.TransitionError.self) { try proposal.advance(to: .prioritised, date: Self.day(3, 1)) }
        #expect(error.reason == .datedBeforePrevious(Self.day(3, 16)))
        #expect(proposal.lifecycle.count == 1)
    }
}
