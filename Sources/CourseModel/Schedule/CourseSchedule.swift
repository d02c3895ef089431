public import ForebygCore

/// The dated meetings of a course, computed from a ``CourseConfiguration``.
///
/// The date rules (Documentation/CourseModel.md, "Date rules"), with S the start date,
/// I the interval in days, n the number of story meetings, and every date moved to the next
/// Monday when it falls on a Saturday or a Sunday:
/// - phase 1: the implementation group is formed on S;
/// - phase 2: the planlægningsmøde on S + 7, the informationsmøde on S + 21;
/// - phase 3: story meeting k of every working group on S + 35 + (k − 1)·I (nominal dates,
///   so weekend moves never accumulate); with h = ⌈n/2⌉, f = max(1, ⌊I/4⌋) and
///   m = max(f + 1, ⌊I/2⌋), the first IG formøde on PF h + f and the midtvejsmøde on PF h + m;
///   the second formøde on PF n + f; with two or more working groups, sparringsmøder on
///   PF a + f for a = ⌈h/2⌉ and a = h + ⌈(n − h)/2⌉ (the second only when n > h);
/// - phase 4: the afsluttende møde on PF n + m.
public struct CourseSchedule: Hashable, Sendable {
    /// The configuration the schedule was computed from.
    public let configuration: CourseConfiguration
    /// Every meeting, in date order (on the same day: in the order of ``MeetingKind``, then by working group).
    public let meetings: [ScheduledMeeting]

    /// Computes the schedule. A story-meeting count or interval below 1 (a validation error) is
    /// treated as 1, so that an invalid configuration still gives a schedule.
    public init(configuration: CourseConfiguration) {
        self.configuration = configuration
        self.meetings = ScheduleRules(configuration: configuration).meetings()
    }

    /// The first day of each phase: phase 1 on the start date, phase 2 a week later, phase 3
    /// five weeks after the start, phase 4 on the afsluttende møde.
    public func startDate(of phase: CoursePhase) -> CalendarDate {
        let rules = ScheduleRules(configuration: configuration)
        switch phase {
        case .preparation: return rules.start
        case .startup: return rules.start.adding(days: ScheduleRules.planningOffset)
        case .discussion: return rules.start.adding(days: ScheduleRules.firstStoryMeetingOffset)
        case .conclusion: return finalMeetingDate
        }
    }

    /// The day of the afsluttende møde, the course's last day.
    public var finalMeetingDate: CalendarDate {
        meetings.last { $0.kind == .finalMeeting }?.date ?? configuration.startDate
    }
}
