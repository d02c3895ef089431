/// The documented smallest and largest value of a field that holds a number with a fraction,
/// declared once and used by both the format's JSON Schema (``JSONSchema/number(in:)``) and its
/// `validate()` (`check(_:at:)`).
///
/// A value outside the bounds, and a value that is not finite (NaN or ±infinity, which JSON
/// cannot hold but a value built in code can), is an error; so every number a validated
/// document holds can be encoded, charted and compared.
public struct NumberBounds: Hashable, Sendable {
    /// The field's JSON member name, for example `intensity`.
    public let name: String
    /// The smallest and largest accepted value.
    public let range: ClosedRange<Double>
    /// Why these bounds, in a few words, for the documentation.
    public let reason: String
    /// The diagnostic code of a value outside the bounds.
    public let code: DiagnosticCode

    /// Creates bounds for a field; `code` defaults to ``DiagnosticCode/valueOutOfBounds``.
    public init(_ name: String, _ range: ClosedRange<Double>, because reason: String, code: DiagnosticCode = .valueOutOfBounds) {
        self.name = name
        self.range = range
        self.reason = reason
        self.code = code
    }

    /// An error at `path` when `value` is not finite or outside the bounds, else `nil`.
    public func check(_ value: Double, at path: FieldPath) -> Diagnostic? {
        guard value.isFinite else {
            return .error(.valueNotFinite, at: path, "\(name) must be a finite number; found \(value)")
        }
        guard !range.contains(value) else { return nil }
        return .error(
            code, at: path,
            "\(name) must be \(Self.text(range.lowerBound))–\(Self.text(range.upperBound)) (\(reason)); found \(value)")
    }

    /// An error at `path` when `value` is present and not finite or outside the bounds, else `nil`.
    public func check(_ value: Double?, at path: FieldPath) -> Diagnostic? {
        value.flatMap { check($0, at: path) }
    }

    private static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
