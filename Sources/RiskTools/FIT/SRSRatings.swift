/// The four SRS marks of one session; the total is 0–40.
public struct SRSRatings: Hashable, Sendable, Codable {
    /// *Relation*.
    public var relationship: FITRating
    /// *Mål og emner*.
    public var goalsAndTopics: FITRating
    /// *Tilgang eller metode*.
    public var approachOrMethod: FITRating
    /// *Generelt*.
    public var overall: FITRating

    /// Creates SRS ratings.
    public init(relationship: FITRating, goalsAndTopics: FITRating, approachOrMethod: FITRating, overall: FITRating) {
        self.relationship = relationship
        self.goalsAndTopics = goalsAndTopics
        self.approachOrMethod = approachOrMethod
        self.overall = overall
    }

    /// The mark of one theme.
    public subscript(item: SRSItem) -> FITRating {
        switch item {
        case .relationship: relationship
        case .goalsAndTopics: goalsAndTopics
        case .approachOrMethod: approachOrMethod
        case .overall: overall
        }
    }

    /// The sum of the four marks, 0–40, rounded to hundredths (a mark is read to the millimetre).
    public var total: Double {
        FITRating.total(SRSItem.allCases.map { self[$0] })
    }
}
