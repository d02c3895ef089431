/// The bounds of a whole-number field.
public typealias IntegerBounds = Bounds<Int>

extension Bounds where Value == Int {
    /// An error at `path` when `value` is outside the bounds, else `nil`; the path is built
    /// only for an error.
    public func check(_ value: Int, at path: @autoclosure () -> FieldPath) -> Diagnostic? {
        guard !range.contains(value) else { return nil }
        return .error(code, at: path(), "\(name) must be \(range.lowerBound)–\(range.upperBound) (\(reason)); found \(value)")
    }

    /// An error at `path` when `value` is present and outside the bounds, else `nil`.
    public func check(_ value: Int?, at path: @autoclosure () -> FieldPath) -> Diagnostic? {
        value.flatMap { check($0, at: path()) }
    }
}
