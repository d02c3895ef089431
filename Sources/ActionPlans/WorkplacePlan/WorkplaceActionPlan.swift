public import ForebygCore

/// A workplace's *handleplan* for preventing threats and violence (seed 003, "Kort & Godt: Handleplan").
///
/// The leader (*leder*) and the work environment representative (*arbejdsmiljørepræsentant*, AMR)
/// write it from the mapping of work environment problems and the analysis of registered
/// episodes; all staff discuss, adjust and adopt it. It is revised when needed, at least once a year.
/// Each ``Row`` is a focus area (*fokusområde*) with what, how and when, who is responsible,
/// a dated status history and the goal (*mål*).
public struct WorkplaceActionPlan: Hashable, Sendable, Codable {
    /// The plan's title, for example "Handleplan for forebyggelse af trusler og vold 2026".
    public var title: String?
    /// The workplace (*arbejdsplads*, *botilbud*) the plan is for.
    public var workplace: String?
    /// The days the plan covers; deadlines may not come before its start.
    public var period: PlanPeriod?
    /// Who wrote the plan, normally the leader and the AMR.
    @Defaulted public var authors: [PlanAuthor]
    /// The day all staff adopted (*vedtog*) the plan.
    public var adopted: CalendarDate?
    /// The day of the next revision; seed 003 asks for at least one revision a year.
    public var nextRevision: CalendarDate?
    /// The day the plan's statuses describe (*status pr.*); no status may be dated later.
    public var asOf: CalendarDate?
    /// The focus areas, in the plan's order.
    public var rows: [Row]

    /// Creates a plan.
    public init(
        title: String? = nil,
        workplace: String? = nil,
        period: PlanPeriod? = nil,
        authors: [PlanAuthor] = [],
        adopted: CalendarDate? = nil,
        nextRevision: CalendarDate? = nil,
        asOf: CalendarDate? = nil,
        rows: [Row]
    ) {
        self.title = title
        self.workplace = workplace
        self.period = period
        self.authors = authors
        self.adopted = adopted
        self.nextRevision = nextRevision
        self.asOf = asOf
        self.rows = rows
    }
}

extension WorkplaceActionPlan: VersionedDocument {
    /// `workplace-action-plan`.
    public static let documentType = "workplace-action-plan"
    /// Version 1.
    public static let formatVersion = 1
}
