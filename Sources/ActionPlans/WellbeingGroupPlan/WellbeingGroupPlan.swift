public import ForebygCore

/// The plan of a *Trivselsgruppe* (seed 001, Socialstyrelsen's "Vejen til mere trivsel og tryghed"),
/// made in three steps: who is in the group and what each member's role is (step 1); the purpose,
/// the concrete goals and how the group sees that it is there (step 2); and the activity plan with
/// dated statuses, deadlines, responsible members and status meetings (step 3).
public struct WellbeingGroupPlan: Hashable, Sendable, Codable {
    /// The question of step 2 about the purpose, verbatim from seed 001.
    public static let purposeQuestion = "Hvad vil vi gerne opnå samlet set (formål)?"
    /// The question of step 2 about the concrete goals, verbatim from seed 001.
    public static let goalsQuestion = "Hvilke konkrete mål skal opfyldes for, at vi kan opnå vores formål?"
    /// The question of step 2 about how success shows, verbatim from seed 001.
    public static let successQuestion = "Hvordan kan vi konkret se, vi er i mål?"

    /// The plan's title, if it has one.
    public var title: String?
    /// The workplace (*botilbud* or *boform*).
    public var workplace: String?
    /// The day the plan starts; deadlines may not come before it.
    public var start: CalendarDate?
    /// The day the plan's statuses describe; no status may be dated later.
    public var asOf: CalendarDate?
    /// Step 1: the group's members.
    public var members: [Member]
    /// Step 2: what the group wants to achieve overall (*formål*), as paragraphs.
    @Defaulted public var purpose: [String]
    /// Step 2: the concrete goals (*konkrete mål*).
    @Defaulted public var goals: [String]
    /// Step 2: how the group can see it has reached its goals.
    @Defaulted public var successCriteria: [String]
    /// Step 3: the activity plan (*plan for aktiviteter*), status meetings included.
    @Defaulted public var activities: [Activity]

    /// Creates a plan.
    public init(
        title: String? = nil,
        workplace: String? = nil,
        start: CalendarDate? = nil,
        asOf: CalendarDate? = nil,
        members: [Member],
        purpose: [String] = [],
        goals: [String] = [],
        successCriteria: [String] = [],
        activities: [Activity] = []
    ) {
        self.title = title
        self.workplace = workplace
        self.start = start
        self.asOf = asOf
        self.members = members
        self.purpose = purpose
        self.goals = goals
        self.successCriteria = successCriteria
        self.activities = activities
    }

    /// The group's status meetings (*statusmøder*): the activities of kind ``Activity/Kind/statusMeeting``.
    public var statusMeetings: [Activity] {
        activities.filter { $0.kind == .statusMeeting }
    }
}

extension WellbeingGroupPlan: VersionedDocument {
    /// `wellbeing-group-plan`.
    public static let documentType = "wellbeing-group-plan"
    /// Version 1.
    public static let formatVersion = 1
}
