import ForebygCore

/// The content of a tryghedsplan: what triggers episodes, and the citizen's behaviour, feelings
/// and coping and the staff's support before, during and after one.
public struct SafetyPlanContent: Codable, Hashable, Sendable {
    /// *Udløsende årsager*: what sets episodes off.
    public var triggers: [String]
    /// Before an episode (*før*).
    public var before: EpisodePhaseEntry
    /// During an episode (*under*).
    public var during: EpisodePhaseEntry
    /// After an episode (*efter*).
    public var after: EpisodePhaseEntry

    /// Creates the content of a tryghedsplan.
    public init(
        triggers: [String] = [], before: EpisodePhaseEntry = .init(), during: EpisodePhaseEntry = .init(),
        after: EpisodePhaseEntry = .init()
    ) {
        self.triggers = triggers
        self.before = before
        self.during = during
        self.after = after
    }

    /// The entry for a phase.
    public func entry(for phase: EpisodePhase) -> EpisodePhaseEntry {
        switch phase {
        case .before: before
        case .during: during
        case .after: after
        }
    }

    enum CodingKeys: String, CodingKey {
        case triggers, before, during, after
    }

    /// Decodes the content; left-out members are empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        triggers = try container.list(.triggers)
        before = try container.decode(.before, default: .init())
        during = try container.decode(.during, default: .init())
        after = try container.decode(.after, default: .init())
    }
}
