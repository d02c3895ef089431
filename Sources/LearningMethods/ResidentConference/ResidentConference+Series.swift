public import ForebygCore

extension ResidentConference {
    /// The next conference in the series, ready for its evaluation item: one evaluation entry per
    /// action agreed at this conference, and this conference's date as its previous one.
    public func followUp(on date: CalendarDate, resident: PseudonymousReference) -> ResidentConference {
        ResidentConference(
            workplace: workplace, date: date, resident: resident, agenda: agenda, localRules: localRules,
            previousConference: self.date,
            evaluations: agreedActions.map { ActionEvaluation(actionID: $0.id, action: $0.action) })
    }

    /// Checks this conference against the previous one in its series: every action agreed there
    /// is evaluated here, every evaluation names one of those actions, and the dates agree.
    public func validate(following previous: ResidentConference) -> [Diagnostic] {
        let path = FieldPath.root.key("evaluations")
        let known = Set(previous.agreedActions.map(\.id))
        let evaluated = Set(evaluations.map(\.actionID))
        var diagnostics = previous.agreedActions.filter { !evaluated.contains($0.id) }.map { action in
            Diagnostic.warning(.conferenceActionNotEvaluated, at: path,
                "the previous conference's action \"\(action.id)\" is not evaluated")
        }
        for (index, evaluation) in evaluations.enumerated() where !known.contains(evaluation.actionID) {
            diagnostics.append(.error(.conferenceUnknownAction, at: path.index(index).key("actionID"),
                "the previous conference agreed no action \"\(evaluation.actionID)\""))
        }
        if let expected = previous.date, previousConference != expected {
            diagnostics.append(.error(.conferencePreviousDateMismatch, at: FieldPath.root.key("previousConference"),
                "the previous conference was held on \(expected)"))
        }
        return diagnostics
    }
}
