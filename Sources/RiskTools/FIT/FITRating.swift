public import ForebygCore

/// A mark on a FIT scale: the distance from the left end of a 10 cm line, 0–10 with decimals.
///
/// Seed 002 says both "1-10" and "0-10"; the instrument is a 0–10 line, so the library accepts
/// 0 to 10. In JSON a number; NaN, infinities and numbers outside 0–10 are rejected with their path.
public struct FITRating: Hashable, Sendable, Comparable {
    /// The mark, 0–10.
    public let value: Double

    /// A mark, 0–10: the position in centimetres on the 10 cm line.
    public static let bounds = NumberBounds("rating", 0...10, because: "a mark on a 10 cm line")

    /// Creates a rating, or returns `nil` for a value that is not a number from 0 to 10.
    public init?(_ value: Double) {
        guard Self.bounds.check(value, at: .root) == nil else { return nil }
        self.value = value
    }

    /// The sum of a form's marks, rounded to hundredths (a mark is read to the millimetre): the
    /// ORS and SRS totals.
    static func total(_ marks: [FITRating]) -> Double {
        (marks.map(\.value).reduce(0, +) * 100).rounded() / 100
    }

    /// Orders by value.
    public static func < (lhs: FITRating, rhs: FITRating) -> Bool {
        lhs.value < rhs.value
    }
}

extension FITRating: Codable {
    /// Decodes a number from 0 to 10.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeSingleValue(Double.self, converting: FITRating.init) { "a FIT rating is a number from 0 to 10, found \($0)" }
    }

    /// Encodes the number.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeSingleValue(value)
    }
}
