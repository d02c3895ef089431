public import ForebygCore

/// One conversation with FIT: the ORS before it and the SRS after it; either may be missing
/// (in seed 002, Mads declines the SRS at the first meeting).
public struct FITSession: Hashable, Sendable, Codable {
    /// The day of the session.
    public var date: CalendarDate
    /// The member of staff, by pseudonym, if recorded.
    public var staff: PseudonymousReference?
    /// The ORS marks, if given.
    public var ors: ORSRatings?
    /// The SRS marks, if given.
    public var srs: SRSRatings?
    /// A note, if any.
    public var note: String?

    /// Creates a session.
    public init(date: CalendarDate, staff: PseudonymousReference? = nil, ors: ORSRatings? = nil, srs: SRSRatings? = nil, note: String? = nil) {
        self.date = date
        self.staff = staff
        self.ors = ors
        self.srs = srs
        self.note = note
    }
}
