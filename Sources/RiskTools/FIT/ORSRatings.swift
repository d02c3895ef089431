/// The four ORS marks of one session; the total is 0–40.
public struct ORSRatings: Hashable, Sendable, Codable {
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

    /// The sum of the four marks, 0–40, rounded to hundredths (a mark is read to the millimetre).
    public var total: Double {
        FITRating.total(ORSItem.allCases.map { self[$0] })
    }
}
