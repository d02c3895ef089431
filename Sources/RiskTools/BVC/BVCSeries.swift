public import ForebygCore

/// A citizen's BVC scorings over time, with the schedule they follow and the workplace's settings
/// (document type `bvc-series`).
///
/// The series finds missed scorings, daily maxima, the trend over days, the pattern by shift and
/// the time since the last non-zero score. It scores; it does not license the instrument (the BVC
/// is copyrighted, and its clinical use is licensed by its owners).
public struct BVCSeries: VersionedDocument, Hashable {
    /// `bvc-series`.
    public static let documentType = "bvc-series"
    /// 1.
    public static let formatVersion = 1

    /// The citizen, by pseudonym.
    public var citizen: PseudonymousReference
    /// The scoring schedule, if the citizen is on one.
    public var schedule: BVCScoringSchedule?
    /// The workplace's settings; `nil` means the defaults.
    public var configuration: BVCConfiguration?
    /// The scorings, in time order.
    public var assessments: [BVCAssessment]

    /// Creates a series.
    public init(citizen: PseudonymousReference, schedule: BVCScoringSchedule? = nil, configuration: BVCConfiguration? = nil, assessments: [BVCAssessment]) {
        self.citizen = citizen
        self.schedule = schedule
        self.configuration = configuration
        self.assessments = assessments
    }

    /// The settings in force: the document's own, or the defaults.
    public var settings: BVCConfiguration { configuration ?? .standard }
}
