public import ForebygCore

/// The content of a tryghedsplan: what triggers episodes, and the citizen's behaviour, feelings
/// and coping and the staff's support before, during and after one.
public struct SafetyPlanContent: Codable, Hashable, Sendable {
    /// *Udløsende årsager*: what sets episodes off.
    @Defaulted public var triggers: [String]
    /// Before an episode (*før*).
    @Defaulted public var before: EpisodePhaseEntry
    /// During an episode (*under*).
    @Defaulted public var during: EpisodePhaseEntry
    /// After an episode (*efter*).
    @Defaulted public var after: EpisodePhaseEntry

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
}
