/// The four ORS marks of one session; the total is 0–40.
public struct ORSRatings: FITForm {
    /// *Individuelt*.
    public var individual: FITRating
    /// *Nære relationer*.
    public var closeRelationships: FITRating
    /// *Socialt*.
    public var social: FITRating
    /// *Generelt*.
    public var overall: FITRating

    /// Creates ORS ratings.
    public init(individual: FITRating, closeRelationships: FITRating, social: FITRating, overall: FITRating) {
        self.individual = individual
        self.closeRelationships = closeRelationships
        self.social = social
        self.overall = overall
    }

    /// The mark of one area.
    public subscript(item: ORSItem) -> FITRating {
        switch item {
        case .individual: individual
        case .closeRelationships: closeRelationships
        case .social: social
        case .overall: overall
        }
    }
}
