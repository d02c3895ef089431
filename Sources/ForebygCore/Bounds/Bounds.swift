/// The documented smallest and largest value of a number field, declared once and used by both
/// the format's JSON Schema (``JSONSchema/integer(in:)``, ``JSONSchema/number(in:)``) and its
/// `validate()` (`check(_:at:)`), so that the two cannot drift apart: ``IntegerBounds`` for a
/// whole number, ``NumberBounds`` for a number with a fraction.
///
/// Every number in every format has bounds chosen from the domain, with the reason in a few
/// words (for example story meetings 1–12: the seed recommends 4–6). A value outside them is
/// an error, so that nothing computed from an accepted value can overflow or allocate without
/// limit.
public struct Bounds<Value: Comparable & Hashable & Sendable>: Hashable, Sendable {
    /// The field's JSON member name, for example `storyMeetingCount`.
    public let name: String
    /// The smallest and largest accepted value.
    public let range: ClosedRange<Value>
    /// Why these bounds, in a few words, for the documentation.
    public let reason: String
    /// The diagnostic code of a value outside the bounds.
    public let code: DiagnosticCode

    /// Creates bounds for a field; `code` defaults to ``DiagnosticCode/valueOutOfBounds``.
    public init(_ name: String, _ range: ClosedRange<Value>, because reason: String, code: DiagnosticCode = .valueOutOfBounds) {
        self.name = name
        self.range = range
        self.reason = reason
        self.code = code
    }
}
