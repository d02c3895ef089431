import ForebygCore

/// What a tryghedsplan says about one phase of an episode: the citizen's behaviour, feelings
/// and coping, and the staff's support.
public struct EpisodePhaseEntry: Codable, Hashable, Sendable {
    /// The citizen's behaviour (*adfærd*).
    public var behaviour: [String]
    /// The citizen's feelings (*følelser*).
    public var feelings: [String]
    /// What the citizen does to cope (*mestring*).
    public var coping: [String]
    /// The staff's support (*medarbejdernes støtte*).
    public var staffSupport: [String]

    /// Creates a phase entry.
    public init(behaviour: [String] = [], feelings: [String] = [], coping: [String] = [], staffSupport: [String] = []) {
        self.behaviour = behaviour
        self.feelings = feelings
        self.coping = coping
        self.staffSupport = staffSupport
    }

    enum CodingKeys: String, CodingKey {
        case behaviour, feelings, coping, staffSupport
    }

    /// Decodes a phase entry; left-out lists are empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        behaviour = try container.list(.behaviour)
        feelings = try container.list(.feelings)
        coping = try container.list(.coping)
        staffSupport = try container.list(.staffSupport)
    }
}
