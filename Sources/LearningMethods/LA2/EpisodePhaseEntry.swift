public import ForebygCore

/// What a tryghedsplan says about one phase of an episode: the citizen's behaviour, feelings
/// and coping, and the staff's support.
public struct EpisodePhaseEntry: Codable, Hashable, Sendable, AbsentDefault {
    /// The citizen's behaviour (*adfærd*).
    @Defaulted public var behaviour: [String]
    /// The citizen's feelings (*følelser*).
    @Defaulted public var feelings: [String]
    /// What the citizen does to cope (*mestring*).
    @Defaulted public var coping: [String]
    /// The staff's support (*medarbejdernes støtte*).
    @Defaulted public var staffSupport: [String]

    /// Creates a phase entry.
    public init(behaviour: [String] = [], feelings: [String] = [], coping: [String] = [], staffSupport: [String] = []) {
        self.behaviour = behaviour
        self.feelings = feelings
        self.coping = coping
        self.staffSupport = staffSupport
    }

    /// A phase a tryghedsplan leaves out is empty.
    public static var absentValue: Self { .init() }
}
