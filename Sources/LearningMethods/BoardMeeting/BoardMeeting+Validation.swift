public import ForebygCore

extension BoardMeeting {
    /// Checks the agenda's timings, that in-progress cards have a deadline, that agreements name
    /// who does them, and that the figures can be charted (finite, within ±10^9).
    public func validate() -> [Diagnostic] {
        agenda.validate(at: FieldPath.root.key("agenda")) + cardDiagnostics + agreementDiagnostics + measureDiagnostics
    }

    private var cardDiagnostics: [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<ImprovementCardID> = []
        for (index, card) in cards.enumerated() {
            let path = FieldPath.root.key("cards").index(index)
            if card.state == .inProgress, card.deadline == nil {
                diagnostics.append(.error(.boardCardWithoutDeadline, at: path.key("deadline"),
                    "a card in progress has a deadline"))
            }
            if card.state == .inProgress, let deadline = card.deadline, let date, deadline < date {
                diagnostics.append(.warning(.boardDeadlinePassed, at: path.key("deadline"),
                    "the deadline of \"\(card.proposal)\" has passed: follow it up"))
            }
            if !seen.insert(card.id).inserted {
                diagnostics.append(.error(.boardDuplicateCardID, at: path.key("id"), "card ids must be unique"))
            }
        }
        return diagnostics
    }

    private var agreementDiagnostics: [Diagnostic] {
        agreements.enumerated().filter { $0.element.responsible.rawValue.isEmpty }.map { index, _ in
            .error(.boardAgreementWithoutResponsible, at: FieldPath.root.key("agreements").index(index).key("responsible"),
                "agree who does it")
        }
    }

    /// A figure on the board, −10^9 to 10^9: counts, minutes and percentages a team tracks, far below a billion.
    public static let figureBounds = NumberBounds(
        "value", -1e9...1e9, because: "the counts and percentages a team tracks", code: .boardValueOutOfBounds)

    private static func figureDiagnostic(_ value: Double, at path: FieldPath) -> Diagnostic? {
        guard value.isFinite else { return .error(.boardValueNotFinite, at: path, "a figure must be a finite number") }
        return figureBounds.check(value, at: path)
    }

    private var measureDiagnostics: [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, measure) in measures.enumerated() {
            let path = FieldPath.root.key("measures").index(index)
            if !BoardMeasure.isSafeName(measure.name) {
                diagnostics.append(.error(.boardUnsafeMeasureName, at: path.key("name"),
                    "use lowercase letters, digits and hyphens"))
            }
            if let target = measure.target, let error = Self.figureDiagnostic(target, at: path.key("target")) {
                diagnostics.append(error)
            }
            for (pointIndex, point) in measure.points.enumerated() {
                if let error = Self.figureDiagnostic(point.value, at: path.key("points").index(pointIndex).key("value")) {
                    diagnostics.append(error)
                }
            }
        }
        return diagnostics
    }
}
