public import ForebygCore

/// The content of a læringsplan: one concrete episode, what happened before and during it,
/// the answers to the reflection questions, and what is carried into the other plans.
public struct LearningPlanContent: Codable, Hashable, Sendable {
    /// The day of the episode.
    public var episodeDate: CalendarDate?
    /// What happened in the time up to the episode.
    @Defaulted public var leadUp: [String]
    /// What happened during the episode itself.
    @Defaulted public var episode: [String]
    /// Signs of a raised level of strain before the episode (*forhøjet belastningsniveau*).
    @Defaulted public var signsOfRaisedStrain: [String]
    /// Answers to the reflection questions that fit the plan's audience.
    @Defaulted public var answers: [ReflectionAnswer]
    /// One thing the member of staff would like to do differently (from the closing of the talk).
    public var staffWillDoDifferently: String?
    /// One thing the citizen agrees to try doing differently (from the closing of the talk).
    public var citizenWillTry: String?
    /// What is carried into the citizen's trivselsplan and tryghedsplan.
    @Defaulted public var carriedInto: [CarriedIntoEntry]

    /// Creates the content of a læringsplan.
    public init(
        episodeDate: CalendarDate? = nil, leadUp: [String] = [], episode: [String] = [],
        signsOfRaisedStrain: [String] = [], answers: [ReflectionAnswer] = [],
        staffWillDoDifferently: String? = nil, citizenWillTry: String? = nil, carriedInto: [CarriedIntoEntry] = []
    ) {
        self.episodeDate = episodeDate
        self.leadUp = leadUp
        self.episode = episode
        self.signsOfRaisedStrain = signsOfRaisedStrain
        self.answers = answers
        self.staffWillDoDifferently = staffWillDoDifferently
        self.citizenWillTry = citizenWillTry
        self.carriedInto = carriedInto
    }

    /// The answer to a question, by its number counted from 1.
    public func answer(to question: Int) -> [String]? {
        answers.first { $0.question == question }?.answer
    }
}
