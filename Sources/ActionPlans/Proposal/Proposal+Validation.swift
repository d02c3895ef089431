public import ForebygCore

extension Proposal {
    /// Checks the proposal.
    ///
    /// Errors: two answers to one question (`proposal.duplicateAnswer`); a lifecycle step that
    /// cannot follow the one before, such as a decision before the proposal was handed to the IG
    /// (`proposal.lifecycleTransition`); an event dated before an earlier one, such as a decision
    /// dated before the handover (`proposal.lifecycleOrder`); an action without anyone responsible
    /// (`plan.noResponsible`); an action deadline before the prioritisation (`proposal.deadlineBeforeDecision`);
    /// two actions with one id (`proposal.duplicateID`); a story meeting number outside 1–12
    /// (`proposal.storyMeeting`); an empty id (`plan.emptyID`); a timing count outside 1–1000
    /// (`plan.timingCountOutOfBounds`). Warning: actions on a proposal that is not prioritised
    /// (`proposal.actionsWithoutPriority`).
    public func validate() -> [Diagnostic] {
        answerDiagnostics() + lifecycleDiagnostics() + actionDiagnostics() + courseDiagnostics()
    }

    private func answerDiagnostics() -> [Diagnostic] {
        answers.indicesRepeating(\.question).map { index in
            .error(
                .proposalDuplicateAnswer, at: FieldPath.root.key("answers").index(index).key("question"),
                "question \(answers[index].question.number) is answered twice")
        }
    }

    private func lifecycleDiagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var latest: LifecycleEvent?
        for (index, event) in lifecycle.enumerated() {
            let path = FieldPath.root.key("lifecycle").index(index)
            if let transition = transitionDiagnostic(index: index, event: event, path: path) {
                diagnostics.append(transition)
            }
            if let date = event.date, let previous = latest, let previousDate = previous.date, date < previousDate {
                diagnostics.append(.error(
                    .proposalLifecycleOrder, at: path.key("date"),
                    "\(event.stage.rawValue) on \(date) is dated before \(previous.stage.rawValue) on \(previousDate)"))
            }
            if event.date != nil { latest = event }
        }
        return diagnostics
    }

    private func transitionDiagnostic(index: Int, event: LifecycleEvent, path: FieldPath) -> Diagnostic? {
        guard !event.stage.canFollow(index == 0 ? nil : lifecycle[index - 1].stage) else { return nil }
        let previous = index == 0 ? "the start" : lifecycle[index - 1].stage.rawValue
        return .error(
            .proposalLifecycleTransition, at: path.key("stage"),
            "\(event.stage.rawValue) cannot follow \(previous); a proposal is decided on only after it is handed to the implementation group")
    }

    private func actionDiagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<MeasureID> = []
        for (index, action) in actions.enumerated() {
            let path = FieldPath.root.key("actions").index(index)
            diagnostics += PlanRules.responsibleDiagnostics(action.responsible, at: path.key("responsible"))
            diagnostics += PlanRules.timingDiagnostics(action.timing, at: path.key("timing"))
            if let idDiagnostic = PlanRules.identifierDiagnostic(action.id, at: path.key("id")) { diagnostics.append(idDiagnostic) }
            if !seen.insert(action.id).inserted {
                diagnostics.append(.error(.proposalDuplicateID, at: path.key("id"), "another action has the id \"\(action.id)\""))
            }
            if let deadline = action.deadline, let decided = prioritisedDate, deadline < decided {
                diagnostics.append(.error(
                    .proposalDeadlineBeforeDecision, at: path.key("deadline"),
                    "the deadline \(deadline) is before the proposal was prioritised on \(decided)"))
            }
        }
        if !actions.isEmpty, !lifecycle.isEmpty, !isPrioritised {
            diagnostics.append(.warning(
                .proposalActionsWithoutPriority, at: FieldPath.root.key("actions"),
                "the proposal has actions but the implementation group has not prioritised it"))
        }
        return diagnostics
    }

    /// The story meeting's number, 1–12: a course holds at most 12 story meetings.
    public static let storyMeetingBounds = IntegerBounds(
        "storyMeeting", 1...12, because: "a course holds at most 12 story meetings", code: .proposalStoryMeeting)

    private func courseDiagnostics() -> [Diagnostic] {
        var diagnostics = [Self.storyMeetingBounds.check(course?.storyMeeting, at: "course.storyMeeting")].compactMap { $0 }
        if case .timesPer(let count, _) = evaluation?.when,
            let error = PlanRules.timingCountBounds.check(count, at: "evaluation.when.count")
        {
            diagnostics.append(error)
        }
        if PlanRules.isBlank(id.rawValue) {
            diagnostics.append(.error(.planEmptyID, at: "id", "the proposal's id is empty"))
        }
        return diagnostics
    }
}
