import ForebygCore

/// The marks of one FIT form in one session, one ``FITRating`` per item: the four ORS areas
/// (``ORSRatings``) or the four SRS themes (``SRSRatings``); the total is 0–40.
///
/// In JSON an object with one member per item, named by the item's raw value; every item is
/// required.
public struct FITRatings<Item: FITItem>: Hashable, Sendable {
    /// Every item's mark: both initializers give each item one.
    private let marks: [Item: FITRating]

    /// Creates ratings from a mark for every item, or returns `nil` when an item has none.
    public init?(_ marks: [Item: FITRating]) {
        guard Item.allCases.allSatisfy({ marks[$0] != nil }) else { return nil }
        self.marks = marks
    }

    /// Creates ratings with the mark `mark` gives each item, asked in the form's order.
    init(_ mark: (Item) throws -> FITRating) rethrows {
        var marks: [Item: FITRating] = [:]
        for item in Item.allCases {
            marks[item] = try mark(item)
        }
        self.marks = marks
    }

    /// The mark of one item.
    public subscript(item: Item) -> FITRating {
        marks[item]!
    }

    /// The sum of the marks, 0–40, rounded to hundredths (a mark is read to the millimetre).
    public var total: Double {
        FITRating.total(Item.allCases.map { self[$0] })
    }
}

/// The four ORS marks of one session, given before it; the total is 0–40.
public typealias ORSRatings = FITRatings<ORSItem>

/// The four SRS marks of one session, given after it; the total is 0–40.
public typealias SRSRatings = FITRatings<SRSItem>

extension FITRatings: Codable {
    /// Decodes one mark per item, in the form's order; a missing item throws with its path.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: JSONCodingKey.self)
        try self.init { item in try container.decode(FITRating.self, forKey: JSONCodingKey(item.rawValue)) }
    }

    /// Encodes one member per item, in the form's order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONCodingKey.self)
        for item in Item.allCases {
            try container.encode(self[item], forKey: JSONCodingKey(item.rawValue))
        }
    }
}
