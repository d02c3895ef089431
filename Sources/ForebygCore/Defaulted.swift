/// A type with the value a member of its type stands for when the JSON leaves the member out:
/// an empty list, or the case a kind means when it says none.
public protocol AbsentDefault: Codable, Hashable {
    /// The value of a member that is left out.
    static var absentValue: Self { get }
}

extension Array: AbsentDefault where Element: Codable & Hashable {
    /// A left-out list is empty.
    public static var absentValue: [Element] { [] }
}

/// A stored property whose JSON member may be left out: a missing (or `null`) member reads as
/// ``AbsentDefault/absentValue``, and the value is always written.
///
/// With it a type keeps its synthesized `Codable` conformance instead of a hand-written
/// `init(from:)` whose only purpose is the default: `@Defaulted public var responsible: [String]`.
@propertyWrapper
public struct Defaulted<Value: AbsentDefault & Sendable>: Hashable, Sendable {
    /// The property's value.
    public var wrappedValue: Value

    /// Wraps a value.
    public init(wrappedValue: Value) {
        self.wrappedValue = wrappedValue
    }
}

extension Defaulted: Codable {
    /// Decodes the value itself; a member of an object goes through `KeyedDecodingContainer`'s
    /// overload, which reads a missing member as the default.
    public init(from decoder: any Decoder) throws {
        wrappedValue = try Value(from: decoder)
    }

    /// Encodes the value itself.
    public func encode(to encoder: any Encoder) throws {
        try wrappedValue.encode(to: encoder)
    }
}

extension KeyedDecodingContainer {
    /// Decodes a ``Defaulted`` member, reading a missing or `null` member as the default.
    public func decode<Value>(_ type: Defaulted<Value>.Type, forKey key: Key) throws -> Defaulted<Value> {
        Defaulted(wrappedValue: try decodeIfPresent(Value.self, forKey: key) ?? Value.absentValue)
    }
}
