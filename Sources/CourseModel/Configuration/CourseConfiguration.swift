public import ForebygCore

/// How one workplace runs the prevention course: when it starts, who takes part in which role,
/// the working groups, and how many story meetings are held how far apart.
///
/// A configuration is a `VersionedDocument` of type `course-configuration`. From it the
/// library computes the dated ``CourseSchedule`` and the ``HoursBudget``; ``validate()`` checks
/// the rules decoding cannot (see Documentation/JSON/course-configuration.md).
public struct CourseConfiguration: Hashable, Sendable, Codable {
    /// The number of story meetings the seed plans for: 6.
    public static let defaultStoryMeetingCount = 6
    /// The seed's interval between story meetings: about 2 weeks, 14 days.
    public static let defaultIntervalDays = 14

    /// The workplace's name, shown in the course plan's subject line, if given.
    public var workplace: String?
    /// The first day of phase 1 (moved to the next workday for the first gathering if it falls on a weekend).
    public var startDate: CalendarDate
    /// Everybody who takes part; the other members refer to people by id.
    public var people: [Person]
    /// The top manager (*øverste leder*), for example the forstander.
    public var topManager: PseudonymousReference
    /// The implementation group's members, one of whom is the daily manager.
    public var implementationGroup: [ImplementationGroupMember]
    /// The working groups; at least one.
    public var workingGroups: [WorkingGroup]
    /// How many story meetings each working group holds (6 by default; at least 4 recommended).
    public var storyMeetingCount: Int
    /// The days between two story meetings of a working group (14 by default).
    public var intervalDays: Int

    /// Creates a configuration.
    public init(
        workplace: String? = nil,
        startDate: CalendarDate,
        people: [Person],
        topManager: PseudonymousReference,
        implementationGroup: [ImplementationGroupMember],
        workingGroups: [WorkingGroup],
        storyMeetingCount: Int = CourseConfiguration.defaultStoryMeetingCount,
        intervalDays: Int = CourseConfiguration.defaultIntervalDays
    ) {
        self.workplace = workplace
        self.startDate = startDate
        self.people = people
        self.topManager = topManager
        self.implementationGroup = implementationGroup
        self.workingGroups = workingGroups
        self.storyMeetingCount = storyMeetingCount
        self.intervalDays = intervalDays
    }
}
