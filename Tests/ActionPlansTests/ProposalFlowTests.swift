import ActionPlans
import DocumentTree
import ForebygCore
import Testing

@Suite struct ProposalFlowTests {
    @Test func prioritisedProposalBecomesRowsInOneCall() throws {
        let plan = try PlanExamples.seed003WorkplacePlan.adding(rowsFrom: PlanExamples.seed000Proposal)
        #expect(plan.rows.count == 5 + 7)
        let added = Array(plan.rows.suffix(7))
        #expect(added.allSatisfy { $0.proposal == "seed-000-alenearbejde" })
        #expect(added.allSatisfy { $0.focusArea == "Retningslinjer for alenearbejde" })
        #expect(added[0].id == "seed-000-alenearbejde-punkt-paa-personalemoedet")
        #expect(added[0].responsible == ["Daglig leder"])
        #expect(added[0].goal.hasPrefix("Vi vurderer, at udfordringen er imødekommet"))
        #expect(!plan.validate().containsErrors)
        #expect(plan.validate(against: [PlanExamples.seed000Proposal]).isEmpty)
        let table = try #require(plan.document(in: .danish).tables.first { $0.name == "action-plan" })
        #expect(table.columns.last?.key == "proposal")
        #expect(table.rows[5].last?.plainText == "seed-000-alenearbejde")
    }

    @Test(arguments: [Proposal.Stage.notPrioritised, .postponed])
    func undecidedOrRejectedProposalCannotFlow(stage: Proposal.Stage) {
        var proposal = PlanExamples.seed000Proposal
        proposal.lifecycle.append(.init(stage: stage, meeting: .closingMeeting))
        #expect(throws: ProposalFlowError.self) {
            try PlanExamples.seed003WorkplacePlan.adding(rowsFrom: proposal)
        }
        do {
            _ = try proposal.actionPlanRows()
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostic.code == .proposalNotPrioritised)
            #expect(error.diagnostic.path.description == "$.lifecycle")
        }
    }

    @Test func planRowsReferringToAnUnprioritisedProposalAreErrors() throws {
        let plan = try PlanExamples.seed003WorkplacePlan.adding(rowsFrom: PlanExamples.seed000Proposal)
        var rejected = PlanExamples.seed000Proposal
        rejected.lifecycle.append(.init(stage: .notPrioritised, meeting: .closingMeeting))
        let diagnostics = plan.validate(against: [rejected])
        #expect(diagnostics.count == 7)
        #expect(diagnostics.first?.code == .proposalNotPrioritised)
        #expect(diagnostics.first?.path.description == "$.rows[5].proposal")
        #expect(plan.validate(against: []).allSatisfy { $0.code == .planUnknownProposal && $0.severity == .warning })
    }
}
