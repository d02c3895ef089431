public import DocumentTree
public import ForebygCore

/// The før/under/efter reflection model for *magtanvendelse* (use of force), from the Snekkersten
/// schools' example in seed 002: for each phase, what happened and an assessment of own practice;
/// then whether practice should change.
public struct RestraintReflection: Hashable, Sendable, Codable {
    /// A phase of the model.
    public enum Phase: String, CaseIterable, Codable, Sendable, Labelled {
        /// *Før*: before the use of force.
        case before
        /// *Under*: during it.
        case during
        /// *Efter*: after it.
        case after

        /// The phase's name in the given language.
        public func label(in language: Language) -> String {
            RiskToolsStrings.for(language).restraintPhaseName(self)
        }
    }

    /// One phase's answers.
    public struct PhaseEntry: Hashable, Sendable, Codable {
        /// The phase.
        public var phase: Phase
        /// What happened and what may have mattered for the outcome.
        public var whatHappened: String?
        /// The staff's assessment of the course of events and their own practice.
        public var assessment: String?

        /// Creates a phase entry.
        public init(phase: Phase, whatHappened: String? = nil, assessment: String? = nil) {
            self.phase = phase
            self.whatHappened = whatHappened
            self.assessment = assessment
        }
    }

    /// The phases' answers.
    public var phases: [PhaseEntry]
    /// Whether, and what, to change in practice.
    public var changesToPractice: String?

    /// Creates a restraint reflection.
    public init(phases: [PhaseEntry], changesToPractice: String? = nil) {
        self.phases = phases
        self.changesToPractice = changesToPractice
    }

    /// The prompt for what happened in each phase, verbatim from seed 002.
    public static let whatHappenedPrompt =
        "I hver fase beskrives detaljeret, hvad der skete, og hvad der kan have haft betydning for udfaldet: Hvad var de første tegn, hvem var til stede, hvem gjorde hvad og hvornår?"
    /// The prompt for the assessment in each phase, verbatim from seed 002.
    public static let assessmentPrompt =
        "For hver fase skal medarbejderne ligeledes vurdere forløbet og reflektere over deres egen praksis, fx om det havde været muligt at bruge andre pædagogiske strategier i situationen."
    /// The concluding prompt, verbatim from seed 002.
    public static let changesPrompt =
        "Ud fra de samlede vurderinger og refleksioner ser medarbejderne på, om der er brug for at ændre noget i praksis."
}
