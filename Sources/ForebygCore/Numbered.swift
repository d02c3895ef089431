/// A vocabulary whose cases the sources number from 1 (the course's phases, the support sheets,
/// the questions of a form, the coping levels): a case's number is its raw value, and where the
/// vocabulary is `Comparable` it sorts by number.
public protocol Numbered: RawRepresentable where RawValue == Int {}

extension Numbered {
    /// The case's number: its raw value.
    public var number: Int { rawValue }
}

extension Numbered where Self: Comparable {
    /// Orders by number.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
