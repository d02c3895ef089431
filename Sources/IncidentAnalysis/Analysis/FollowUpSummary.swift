public import ForebygCore

/// Whether the learning talks after the period's incidents were held in time.
public struct FollowUpSummary: Hashable, Sendable {
    /// An incident whose learning talk came after its deadline, or has not been held and is overdue.
    public struct LateFollowUp: Hashable, Sendable {
        /// The incident.
        public var incident: Incident.ID
        /// When it happened.
        public var time: LocalDateTime
        /// The last day the talk should have been held.
        public var dueDate: CalendarDate
        /// The day the talk was held; `nil` if it has not been.
        public var heldOn: CalendarDate?

        /// Creates a late follow-up.
        public init(incident: Incident.ID, time: LocalDateTime, dueDate: CalendarDate, heldOn: CalendarDate?) {
            self.incident = incident
            self.time = time
            self.dueDate = dueDate
            self.heldOn = heldOn
        }
    }

    /// Incidents whose talk was held by its deadline.
    public var onTime: Int
    /// Incidents whose talk is not held yet but whose deadline has not passed on the analysis date.
    public var pending: Int
    /// Incidents whose talk came late or is overdue, in the log's order.
    public var late: [LateFollowUp]

    /// Creates a summary.
    public init(onTime: Int, pending: Int, late: [LateFollowUp]) {
        self.onTime = onTime
        self.pending = pending
        self.late = late
    }
}
