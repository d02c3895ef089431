public import DocumentTree
public import ForebygCore

extension Proposal {
    /// The stages of a proposal: draft → handed to the IG → prioritised, not prioritised or
    /// postponed → in implementation → evaluated.
    public enum Stage: String, CaseIterable, Hashable, Sendable, Codable {
        /// The working group is writing it (questions 1–5).
        case draft
        /// Handed to the implementation group (*overdraget til implementeringsgruppen*).
        case handedToImplementationGroup
        /// The IG decided to prioritise it (*prioriteret*).
        case prioritised
        /// The IG decided not to prioritise it (*ikke prioriteret*).
        case notPrioritised
        /// The IG postponed the decision (*udskudt*).
        case postponed
        /// Its actions are being carried out (*under implementering*).
        case inImplementation
        /// It has been evaluated (*evalueret*).
        case evaluated

        /// Whether the stage is one of the IG's three decisions.
        public var isDecision: Bool {
            self == .prioritised || self == .notPrioritised || self == .postponed
        }

        /// The stages that may come directly before this one; an empty list means "only first".
        var allowedPredecessors: Set<Stage> {
            switch self {
            case .draft: []
            case .handedToImplementationGroup: [.draft]
            case .prioritised, .notPrioritised, .postponed:
                [.handedToImplementationGroup, .prioritised, .notPrioritised, .postponed]
            case .inImplementation: [.prioritised]
            case .evaluated: [.inImplementation]
            }
        }
    }

    /// The IG meetings at which decisions are made (seed 000, phase 3 and 4).
    public enum DecisionMeeting: String, CaseIterable, Hashable, Sendable, Codable {
        /// The *midtvejsmøde*, halfway through phase 3.
        case midwayMeeting
        /// The *afsluttende møde*, phase 4.
        case closingMeeting
    }

    /// Something that happened to a proposal.
    public struct LifecycleEvent: Hashable, Sendable, Codable {
        /// The stage the proposal reached.
        public var stage: Stage
        /// The day it happened; paper forms such as seed 000's example often leave it out.
        public var date: CalendarDate?
        /// The meeting a decision was made at.
        public var meeting: DecisionMeeting?
        /// A remark, for example why a decision was postponed.
        public var note: String?

        /// Creates an event.
        public init(stage: Stage, date: CalendarDate? = nil, meeting: DecisionMeeting? = nil, note: String? = nil) {
            self.stage = stage
            self.date = date
            self.meeting = meeting
            self.note = note
        }
    }

    /// The stage the proposal has reached: its last event's, or ``Stage/draft`` when it has none.
    public var stage: Stage {
        lifecycle.last?.stage ?? .draft
    }

    /// Whether the IG's latest decision is to prioritise the proposal.
    public var isPrioritised: Bool {
        lifecycle.last { $0.stage.isDecision }?.stage == .prioritised
    }

    /// The day the IG last decided to prioritise the proposal, if dated.
    public var prioritisedDate: CalendarDate? {
        lifecycle.last { $0.stage == .prioritised }?.date
    }
}

extension Proposal.Stage {
    /// The label a document or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        ActionPlansStrings.for(language).stages(self)
    }
}

extension Proposal.DecisionMeeting {
    /// The label a document or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        ActionPlansStrings.for(language).meetings(self)
    }
}
