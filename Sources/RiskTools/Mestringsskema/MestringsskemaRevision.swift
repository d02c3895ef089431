public import ForebygCore

/// A dated version of a citizen's Mestringsskema, kept when the schema is revised (about every four weeks).
public struct MestringsskemaRevision: Hashable, Sendable, Codable {
    /// *Dato*: the day this version was agreed.
    public var date: CalendarDate
    /// *Medarbejder*: the member of staff who filled it in with the citizen, by pseudonym.
    public var staff: PseudonymousReference
    /// The level descriptions, one per level.
    public var levels: [CopingLevelDescription]
    /// What changed and why, if noted.
    public var changes: String?

    /// Creates a revision.
    public init(date: CalendarDate, staff: PseudonymousReference, levels: [CopingLevelDescription], changes: String? = nil) {
        self.date = date
        self.staff = staff
        self.levels = levels
        self.changes = changes
    }

    /// The description of one level, if the revision has it.
    public func description(of level: CopingLevel) -> CopingLevelDescription? {
        levels.first { $0.level == level }
    }
}
