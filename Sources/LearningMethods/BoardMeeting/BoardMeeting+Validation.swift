public import ForebygCore

extension BoardMeeting {
    /// Checks the agenda's timings, that in-progress cards have a deadline, that agreements name
    /// who does them, and that the figures can be charted.
    public func validate() -> [Diagnostic] {
        agenda.validate(at: FieldPath.root.key("agenda")) + cardDiagnostics + agreementDiagnostics + measureDiagnostics
    }

    private var cardDiagnostics: [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<ImprovementCardID> = []
        for (index, card) in cards.enumerated() {
            let path = FieldPath.root.key("cards").index(index)
            if card.state == .inProgress, card.deadline == nil {
                diagnostics.append(.error("board.cardWithoutDeadline", at: path.key("deadline"),
                    "a card in progress has a deadline"))
            }
            if card.state == .inProgress, let deadline = card.deadline, let date, deadline < date {
                diagnostics.append(.warning("board.deadlinePassed", at: path.key("deadline"),
                    "the deadline of \"\(card.proposal)\" has passed: follow it up"))
            }
            if !seen.insert(card.id).inserted {
                diagnostics.append(.error("board.duplicateCardID", at: path.key("id"), "card ids must be unique"))
            }
        }
        return diagnostics
    }

    private var agreementDiagnostics: [Diagnostic] {
        agreements.enumerated().filter { $0.element.responsible.rawValue.isEmpty }.map { index, _ in
            .error("board.agreementWithoutResponsible", at: FieldPath.root.key("agreements").index(index).key("responsible"),
                "agree who does it")
        }
    }

    private var measureDiagnostics: [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, measure) in measures.enumerated() {
            let path = FieldPath.root.key("measures").index(index)
            if !BoardMeasure.isSafeName(measure.name) {
                diagnostics.append(.error("board.unsafeMeasureName", at: path.key("name"),
                    "use lowercase letters, digits and hyphens"))
            }
            if let target = measure.target, !target.isFinite {
                diagnostics.append(.error("board.valueNotFinite", at: path.key("target"), "a target must be a finite number"))
            }
            for (pointIndex, point) in measure.points.enumerated() where !point.value.isFinite {
                diagnostics.append(.error("board.valueNotFinite", at: path.key("points").index(pointIndex).key("value"),
                    "a figure must be a finite number"))
            }
        }
        return diagnostics
    }
}
