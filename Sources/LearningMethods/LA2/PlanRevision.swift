public import ForebygCore

/// A dated revision of a plan: LA2 plans change as the citizen and the cooperation change,
/// so every update is dated.
public struct PlanRevision: Codable, Hashable, Sendable {
    /// The day the plan was written or updated.
    public var date: CalendarDate
    /// Who wrote or updated it, by pseudonym or role.
    public var by: PseudonymousReference?
    /// What changed.
    public var note: String?

    /// Creates a revision.
    public init(date: CalendarDate, by: PseudonymousReference? = nil, note: String? = nil) {
        self.date = date
        self.by = by
        self.note = note
    }
}
