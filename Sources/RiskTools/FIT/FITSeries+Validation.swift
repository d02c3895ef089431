public import ForebygCore

extension FITSeries {
    /// Checks the cutoffs, warns about sessions out of date order and sessions with neither scale.
    public func validate() -> [Diagnostic] {
        var diagnostics = effectiveCutoffs.diagnostics(at: FieldPath.root.key("cutoffs"))
        for (index, session) in sessions.enumerated() {
            let path = FieldPath.root.key("sessions").index(index)
            if session.ors == nil && session.srs == nil {
                diagnostics.append(.warning(.fitEmptySession, at: path, "the session has neither ORS nor SRS marks"))
            }
            if index > 0, session.date < sessions[index - 1].date {
                diagnostics.append(.warning(.fitOutOfOrder, at: path.key("date"), "sessions should be in date order"))
            }
        }
        return diagnostics
    }
}
