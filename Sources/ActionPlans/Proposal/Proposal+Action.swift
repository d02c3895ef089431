public import ForebygCore

extension Proposal {
    /// One of the IG's decided actions (question 6–9): what is done, who is responsible, by when.
    public struct Action: Hashable, Sendable, Codable {
        /// The action's identifier, unique within the proposal.
        public var id: MeasureID
        /// What is to be done, in the IG's words.
        public var what: String
        /// The people or roles responsible.
        @Defaulted public var responsible: [String]
        /// The day it should be done by.
        public var deadline: CalendarDate?
        /// When it happens, where the IG says (for example "på det kommende personalemøde").
        @OmittedWhenEmpty public var timing: [Timing]

        /// Creates an action.
        public init(id: MeasureID, what: String, responsible: [String], deadline: CalendarDate? = nil, timing: [Timing] = []) {
            self.id = id
            self.what = what
            self.responsible = responsible
            self.deadline = deadline
            self.timing = timing
        }
    }

    /// Coordination of a proposal (question 8).
    public struct Coordination: Hashable, Sendable, Codable {
        /// Whether it must be coordinated with other working groups.
        public var withOtherWorkingGroups: Bool
        /// Whether it must be coordinated with MED-udvalget or the arbejdsmiljøorganisation.
        public var withCommittee: Bool
        /// The people or roles responsible for the coordination.
        public var responsible: [String]

        /// Creates a coordination record.
        public init(withOtherWorkingGroups: Bool, withCommittee: Bool, responsible: [String] = []) {
            self.withOtherWorkingGroups = withOtherWorkingGroups
            self.withCommittee = withCommittee
            self.responsible = responsible
        }
    }

    /// How the IG evaluates whether the challenge is met (question 10).
    public struct Evaluation: Hashable, Sendable, Codable {
        /// When the evaluation takes place: a date, or a text such as "3 måneder efter formidlingen".
        public var when: Timing
        /// How it is evaluated, in the IG's words.
        public var how: String
        /// The people or roles responsible.
        public var responsible: [String]?

        /// Creates an evaluation plan.
        public init(when: Timing, how: String, responsible: [String]? = nil) {
            self.when = when
            self.how = how
            self.responsible = responsible
        }
    }
}
