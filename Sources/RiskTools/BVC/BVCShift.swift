public import DocumentTree
public import ForebygCore

/// A shift of the day on which a BVC assessment is made: the original study scored once per shift.
public enum BVCShift: String, CaseIterable, Codable, Sendable, Comparable, Labelled {
    /// *Dag*: the day shift (by default 07:00–15:00).
    case day
    /// *Aften*: the evening shift (by default 15:00–23:00).
    case evening
    /// *Nat*: the night shift (by default 23:00–07:00), counted to the day it starts on.
    case night

    /// The shift's name in the given language ("dag", "aften", "nat" in Danish).
    public func label(in language: Language) -> String {
        RiskToolsStrings.for(language).shiftLabel(self)
    }

    /// Orders day, evening, night.
    public static func < (lhs: BVCShift, rhs: BVCShift) -> Bool {
        lhs.isDeclared(before: rhs)
    }
}
