public import ForebygCore

/// The score limits of the BVC risk bands. Defaults: 0 small, 1–2 moderate, 3–6 very high.
///
/// Source: Almvik & Woods's reading of the instrument. The 2000 validation paper (Almvik, Woods
/// & Rasmussen) tested the hypothesis that "two or more" behaviours predict violence, and later
/// studies read the score differently, so a workplace may move the limits (for example
/// `veryHighFrom: 2`). In JSON: `{"moderateFrom": 1, "veryHighFrom": 3}`.
public struct BVCBands: Hashable, Sendable, Codable {
    /// The lowest score in the moderate band (default 1).
    public var moderateFrom: Int
    /// The lowest score in the very-high band (default 3).
    public var veryHighFrom: Int

    /// The defaults: 0 small, 1–2 moderate, 3–6 very high.
    public static let standard = BVCBands(moderateFrom: 1, veryHighFrom: 3)

    /// Creates bands from their lowest scores.
    public init(moderateFrom: Int, veryHighFrom: Int) {
        self.moderateFrom = moderateFrom
        self.veryHighFrom = veryHighFrom
    }

    /// The band a score falls in.
    public func band(for score: Int) -> BVCBand {
        if score >= veryHighFrom { return .veryHigh }
        if score >= moderateFrom { return .moderate }
        return .small
    }

    /// The scores in a band, for example `1...2`.
    public func scores(in band: BVCBand) -> ClosedRange<Int> {
        switch band {
        case .small: 0...(moderateFrom - 1)
        case .moderate: moderateFrom...(veryHighFrom - 1)
        case .veryHigh: veryHighFrom...6
        }
    }

    /// The first score of *moderat*, 1–5: a BVC score is 0–6 and the small band holds at least 0.
    public static let moderateFromBounds = IntegerBounds("moderateFrom", 1...5, because: "a BVC score is 0–6", code: .bvcBandsInconsistent)
    /// The first score of *meget høj*, 2–6: a BVC score is 0–6 and the moderate band holds at least one score.
    public static let veryHighFromBounds = IntegerBounds("veryHighFrom", 2...6, because: "a BVC score is 0–6", code: .bvcBandsInconsistent)

    /// Whether every band holds at least one score: 1 ≤ moderateFrom < veryHighFrom ≤ 6.
    public var isConsistent: Bool {
        1 <= moderateFrom && moderateFrom < veryHighFrom && veryHighFrom <= 6
    }
}
