/// The bounds of a field that holds a number with a fraction.
///
/// A value outside the bounds, and a value that is not finite (NaN or ±infinity, which JSON
/// cannot hold but a value built in code can), is an error; so every number a validated
/// document holds can be encoded, charted and compared.
public typealias NumberBounds = Bounds<Double>

extension Bounds where Value == Double {
    /// An error at `path` when `value` is not finite or outside the bounds, else `nil`; the path
    /// is built only for an error.
    public func check(_ value: Double, at path: @autoclosure () -> FieldPath) -> Diagnostic? {
        guard value.isFinite else {
            return .error(.valueNotFinite, at: path(), "\(name) must be a finite number; found \(value)")
        }
        guard !range.contains(value) else { return nil }
        return .error(
            code, at: path(),
            "\(name) must be \(Self.text(range.lowerBound))–\(Self.text(range.upperBound)) (\(reason)); found \(value)")
    }

    /// An error at `path` when `value` is present and not finite or outside the bounds, else `nil`.
    public func check(_ value: Double?, at path: @autoclosure () -> FieldPath) -> Diagnostic? {
        value.flatMap { check($0, at: path()) }
    }

    private static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
