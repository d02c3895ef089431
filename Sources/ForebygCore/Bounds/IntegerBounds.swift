/// The documented smallest and largest value of a whole-number field, declared once and used by
/// both the format's JSON Schema (``JSONSchema/integer(in:)``) and its `validate()`
/// (`check(_:at:)`), so that the two cannot drift apart.
///
/// Every number in every format has bounds chosen from the domain, with the reason in a few
/// words (for example story meetings 1–12: the seed recommends 4–6). A value outside them is
/// an error, so that nothing computed from an accepted value can overflow or allocate without
/// limit.
public struct IntegerBounds: Hashable, Sendable {
    /// The field's JSON member name, for example `storyMeetingCount`.
    public let name: String
    /// The smallest and largest accepted value.
    public let range: ClosedRange<Int>
    /// Why these bounds, in a few words, for the documentation.
    public let reason: String
    /// The diagnostic code of a value outside the bounds.
    public let code: DiagnosticCode

    /// Creates bounds for a field; `code` defaults to ``DiagnosticCode/valueOutOfBounds``.
    public init(_ name: String, _ range: ClosedRange<Int>, because reason: String, code: DiagnosticCode = .valueOutOfBounds) {
        self.name = name
        self.range = range
        self.reason = reason
        self.code = code
    }

    /// An error at `path` when `value` is outside the bounds, else `nil`.
    public func check(_ value: Int, at path: FieldPath) -> Diagnostic? {
        guard !range.contains(value) else { return nil }
        return .error(code, at: path, "\(name) must be \(range.lowerBound)–\(range.upperBound) (\(reason)); found \(value)")
    }

    /// An error at `path` when `value` is present and outside the bounds, else `nil`.
    public func check(_ value: Int?, at path: FieldPath) -> Diagnostic? {
        value.flatMap { check($0, at: path) }
    }
}
