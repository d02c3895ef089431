public import ForebygCore

extension CourseSchedule {
    /// The first meeting strictly after the given day, if any.
    public func nextMeeting(after date: CalendarDate) -> ScheduledMeeting? {
        meetings.first { $0.date > date }
    }

    /// The meetings the person takes part in, in date order.
    public func meetings(of person: PseudonymousReference) -> [ScheduledMeeting] {
        meetings.filter { $0.participants.contains(person) }
    }

    /// The meetings of one kind, in date order.
    public func meetings(ofKind kind: MeetingKind) -> [ScheduledMeeting] {
        meetings.filter { $0.kind == kind }
    }

    /// The phase a day falls in, or `nil` before the start date or after the afsluttende møde.
    public func phase(of date: CalendarDate) -> CoursePhase? {
        guard date >= startDate(of: .preparation), date <= finalMeetingDate else { return nil }
        return CoursePhase.allCases.last { date >= startDate(of: $0) }
    }
}
