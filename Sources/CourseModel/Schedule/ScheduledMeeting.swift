public import ForebygCore

/// One dated meeting of a course's schedule.
public struct ScheduledMeeting: Hashable, Sendable {
    /// What kind of meeting it is.
    public let kind: MeetingKind
    /// Which meeting of its kind it is, from 1 (for story meetings: within the working group).
    public let number: Int
    /// The day of the meeting, never a Saturday or a Sunday.
    public let date: CalendarDate
    /// The meeting's length in minutes.
    public let durationMinutes: Int
    /// Who takes part, by person id.
    public let participants: [PseudonymousReference]
    /// The working group whose meeting it is, for story meetings.
    public let workingGroup: WorkingGroupID?
    /// The meeting's agenda.
    public let agenda: [AgendaItem]

    /// Creates a scheduled meeting.
    public init(
        kind: MeetingKind, number: Int, date: CalendarDate, durationMinutes: Int,
        participants: [PseudonymousReference], workingGroup: WorkingGroupID? = nil, agenda: [AgendaItem]
    ) {
        self.kind = kind
        self.number = number
        self.date = date
        self.durationMinutes = durationMinutes
        self.participants = participants
        self.workingGroup = workingGroup
        self.agenda = agenda
    }

    /// The phase the meeting belongs to.
    public var phase: CoursePhase { kind.phase }
}
