/// A decoded value with the warnings its text gave: members the format does not define.
public struct Decoded<Value> {
    /// The value.
    public var value: Value
    /// One `input.unknownMember` warning per member no decoder asked for, with its path and,
    /// where a member the format defines is spelt alike, a suggestion.
    public var warnings: [Diagnostic]

    /// Creates a decoded value.
    public init(value: Value, warnings: [Diagnostic]) {
        self.value = value
        self.warnings = warnings
    }
}

extension Decoded: Sendable where Value: Sendable {}
