/// A stored list whose JSON member may be left out, and is left out when the list is empty: a
/// missing (or `null`) member reads as an empty list, and an empty list is not written.
///
/// With it a type keeps its synthesized `Codable` conformance instead of a hand-written pair of
/// `init(from:)` and `encode(to:)`: `@OmittedWhenEmpty public var timing: [Timing]`.
@propertyWrapper
public struct OmittedWhenEmpty<Element: Codable & Hashable & Sendable>: Hashable, Sendable {
    /// The property's value.
    public var wrappedValue: [Element]

    /// Wraps a list.
    public init(wrappedValue: [Element]) {
        self.wrappedValue = wrappedValue
    }
}

extension OmittedWhenEmpty: Codable {
    /// Decodes the list itself; a member of an object goes through `KeyedDecodingContainer`'s
    /// overload, which reads a missing member as empty.
    public init(from decoder: any Decoder) throws {
        wrappedValue = try [Element](from: decoder)
    }

    /// Encodes the list itself; a member of an object goes through `KeyedEncodingContainer`'s
    /// overload, which leaves an empty list out.
    public func encode(to encoder: any Encoder) throws {
        try wrappedValue.encode(to: encoder)
    }
}

extension KeyedDecodingContainer {
    /// Decodes an ``OmittedWhenEmpty`` member, reading a missing or `null` member as empty.
    public func decode<Element>(_ type: OmittedWhenEmpty<Element>.Type, forKey key: Key) throws -> OmittedWhenEmpty<Element> {
        OmittedWhenEmpty(wrappedValue: try decodeIfPresent([Element].self, forKey: key) ?? [])
    }
}

extension KeyedEncodingContainer {
    /// Encodes an ``OmittedWhenEmpty`` member unless its list is empty.
    public mutating func encode<Element>(_ value: OmittedWhenEmpty<Element>, forKey key: Key) throws {
        if !value.wrappedValue.isEmpty { try encode(value.wrappedValue, forKey: key) }
    }
}
