public import ForebygCore

/// Why a proposal could not become handleplan rows.
public struct ProposalFlowError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problem as a diagnostic (code `proposal.notPrioritised`, path `$.lifecycle`).
    public var diagnostic: Diagnostic

    /// The diagnostic's text.
    public var description: String { diagnostic.description }
}

extension Proposal {
    /// The proposal's decided actions as handleplan rows, one row per action, each referring back
    /// to this proposal.
    ///
    /// A row's id is `<proposal id>-<action id>`; its focus area is `focusArea`, else the
    /// proposal's course theme, else its title; its goal is `goal`, else the first paragraph of
    /// the answer to question 10, else of question 5.
    /// - Throws: ``ProposalFlowError`` when the IG's latest decision is not to prioritise it.
    public func actionPlanRows(focusArea: String? = nil, goal: String? = nil) throws(ProposalFlowError) -> [WorkplaceActionPlan.Row] {
        guard isPrioritised else {
            throw ProposalFlowError(diagnostic: .error(
                .proposalNotPrioritised, at: FieldPath.root.key("lifecycle"),
                "proposal \"\(id)\" is \(stage.rawValue), not prioritised; only a prioritised proposal becomes handleplan rows"))
        }
        let area = focusArea ?? course?.theme ?? title ?? id.rawValue
        let rowGoal = goal ?? answer(to: .evaluation)?.first ?? answer(to: .workingGroupCriteria)?.first ?? ""
        return actions.map { action in
            WorkplaceActionPlan.Row(
                id: MeasureID("\(id.rawValue)-\(action.id.rawValue)"), focusArea: area, whatHowWhen: action.what,
                timing: action.timing, deadline: action.deadline, responsible: action.responsible,
                goal: rowGoal, proposal: id)
        }
    }
}

extension WorkplaceActionPlan {
    /// The plan with a prioritised proposal's actions appended as rows (see ``Proposal/actionPlanRows(focusArea:goal:)``).
    /// - Throws: ``ProposalFlowError`` when the proposal is not prioritised.
    public func adding(rowsFrom proposal: Proposal, focusArea: String? = nil, goal: String? = nil) throws(ProposalFlowError) -> WorkplaceActionPlan {
        var plan = self
        plan.rows += try proposal.actionPlanRows(focusArea: focusArea, goal: goal)
        return plan
    }

    /// Checks the rows that refer to proposals against the proposals themselves: a row whose
    /// proposal is unknown is a warning (`plan.unknownProposal`), a row whose proposal is not
    /// prioritised is an error (`proposal.notPrioritised`).
    public func validate(against proposals: [Proposal]) -> [Diagnostic] {
        rows.indices.compactMap { index -> Diagnostic? in
            guard let reference = rows[index].proposal else { return nil }
            let path = FieldPath.root.key("rows").index(index).key("proposal")
            guard let proposal = proposals.first(where: { $0.id == reference }) else {
                return .warning(.planUnknownProposal, at: path, "the proposal \"\(reference)\" is not among those given")
            }
            return proposal.isPrioritised ? nil : .error(
                .proposalNotPrioritised, at: path, "the proposal \"\(reference)\" is \(proposal.stage.rawValue), not prioritised")
        }
    }
}
