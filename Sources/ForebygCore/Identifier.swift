/// A typed identifier: a string that can only be compared with identifiers of the same kind.
///
/// The tag is an empty enum that names the kind: ``PseudonymousReference`` is
/// `Identifier<PersonTag>` and ``WorkingGroupID`` is `Identifier<WorkingGroupTag>`, different
/// types, so a person's id cannot be passed where a group's is expected. Each kind has a
/// typealias (`MeasureID`, `ProposalID`, `TrackID`, `Incident.ID`, …). In JSON an identifier is a
/// plain string.
public struct Identifier<Tag>: Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The identifier's text.
    public let rawValue: String

    /// Creates an identifier from its text.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates an identifier from a string literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// Decodes from a plain string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes as a plain string.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeSingleValue(rawValue)
    }

    /// The identifier's text.
    public var description: String { rawValue }

    /// Orders by text.
    public static func < (lhs: Identifier, rhs: Identifier) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
