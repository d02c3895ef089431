public import DocumentTree
public import ForebygCore

/// How high the risk of violence within the next 24 hours is, by BVC score.
///
/// The seeds give no bands; these are the instrument authors' (Almvik & Woods): 0 small,
/// 1–2 moderate, 3–6 very high. The score limits are configurable with ``BVCBands``.
public enum BVCBand: String, CaseIterable, Codable, Sendable, Comparable, Labelled {
    /// Small risk (default: score 0).
    case small
    /// Moderate risk: take preventive measures (default: score 1–2).
    case moderate
    /// Very high risk: take preventive measures and plan how to manage an attack (default: score 3–6).
    case veryHigh

    /// The band's name in the given language.
    public func label(in language: Language) -> String {
        RiskToolsStrings.for(language).bandLabel(self)
    }

    /// The recommended action for the band, in the given language.
    public func recommendedAction(in language: Language) -> String {
        RiskToolsStrings.for(language).bandAction(self)
    }

    /// Orders small, moderate, very high.
    public static func < (lhs: BVCBand, rhs: BVCBand) -> Bool {
        lhs.isDeclared(before: rhs)
    }
}
