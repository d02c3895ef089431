/// One row of a Mestringsskema: what a level looks like and what the citizen and staff do at it.
public struct CopingLevelDescription: Hashable, Sendable, Codable {
    /// The level.
    public var level: CopingLevel
    /// *Adfærd*: the behaviour seen at this level.
    public var behaviour: String
    /// *Tilstand/årsag*: the citizen's state and its causes.
    public var state: String
    /// *Borgerens indsats*: what the citizen can do.
    public var citizenActions: String
    /// *Faglig indsats*: what staff can do.
    public var staffActions: String

    /// Creates a level description.
    public init(level: CopingLevel, behaviour: String, state: String, citizenActions: String, staffActions: String) {
        self.level = level
        self.behaviour = behaviour
        self.state = state
        self.citizenActions = citizenActions
        self.staffActions = staffActions
    }
}
