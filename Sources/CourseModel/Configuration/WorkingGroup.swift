public import ForebygCore

/// A working group (*arbejdsgruppe*): 3–8 employees, including the facilitator, who meet for
/// the story meetings.
public struct WorkingGroup: Hashable, Codable, Sendable {
    /// The group's id, unique within the configuration (for example `ag-hus-a`).
    public var id: WorkingGroupID
    /// The group's name as shown, for example "Hus A".
    public var name: String
    /// The members' person ids, facilitators included.
    public var members: [PseudonymousReference]
    /// The facilitator (*tovholder*) or the two facilitators sharing the task; each must be a
    /// member of the group, and may or may not be in the implementation group.
    public var facilitators: [PseudonymousReference]
    /// The optional scribe (*skribent*), a member of the group who takes notes and fills in støtteark 4.
    public var scribe: PseudonymousReference?

    /// Creates a working group.
    public init(
        id: WorkingGroupID, name: String, members: [PseudonymousReference],
        facilitators: [PseudonymousReference], scribe: PseudonymousReference? = nil
    ) {
        self.id = id
        self.name = name
        self.members = members
        self.facilitators = facilitators
        self.scribe = scribe
    }
}
