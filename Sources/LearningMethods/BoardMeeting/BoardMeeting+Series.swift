public import ForebygCore

extension BoardMeeting {
    /// The board as it stands at the start of the next meeting: the same focus, goals, figures
    /// and open cards, with status and agreements to be filled in anew.
    public func continued(on date: CalendarDate) -> BoardMeeting {
        BoardMeeting(
            workplace: workplace, focusArea: focusArea, date: date, facilitator: nextFacilitator ?? facilitator,
            agenda: agenda, localRules: localRules, goals: goals, measures: measures,
            cards: cards.filter { $0.state != .done })
    }

    /// This meeting with a new period's value added to a measure (the facilitator updates the
    /// board's figures before each meeting); unknown measure names leave the meeting unchanged.
    public func recording(_ value: Double, for period: String, in measureName: String) -> BoardMeeting {
        var meeting = self
        if let index = meeting.measures.firstIndex(where: { $0.name == measureName }) {
            meeting.measures[index].points.append(.init(period: period, value: value))
        }
        return meeting
    }
}
