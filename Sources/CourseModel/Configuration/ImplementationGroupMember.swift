public import ForebygCore

/// A member of the implementation group and the positions they hold in it.
public struct ImplementationGroupMember: Hashable, Codable, Sendable {
    /// The member's person id.
    public var person: PseudonymousReference
    /// The member's positions (daglig leder, AMR, TR, key person); may be empty for another member.
    public var positions: [ImplementationGroupPosition]

    /// Creates a member.
    public init(person: PseudonymousReference, positions: [ImplementationGroupPosition] = []) {
        self.person = person
        self.positions = positions
    }
}
