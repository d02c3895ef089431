/// The four SRS marks of one session; the total is 0–40.
public struct SRSRatings: FITForm {
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
}
