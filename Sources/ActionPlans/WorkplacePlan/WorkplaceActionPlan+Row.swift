public import ForebygCore

extension WorkplaceActionPlan {
    /// One focus area of a handleplan: the columns Fokusområde | Hvad, hvordan og hvornår |
    /// Ansvarlige | Status | Mål.
    public struct Row: Hashable, Sendable, Codable {
        /// The row's identifier, unique within the plan.
        public var id: MeasureID
        /// The focus area (*fokusområde*), for example "Risikovurdering".
        public var focusArea: String
        /// What, how and when (*hvad, hvordan og hvornår*), in the plan's words.
        public var whatHowWhen: String
        /// The timing of ``whatHowWhen`` in structured form (dates or intervals), where the plan states it.
        @Defaulted public var timing: [Timing]
        /// The day the row should be done by, if it has one.
        public var deadline: CalendarDate?
        /// The people or roles responsible (*ansvarlige*), one per element, for example "Leder" and "AMR".
        @Defaulted public var responsible: [String]
        /// Who is responsible for what, in the plan's words, when it says more than names.
        public var responsibilities: String?
        /// The status history (*status: hvad er sket?*), oldest first; earlier entries are kept.
        @Defaulted public var statusHistory: [StatusEntry]
        /// The goal (*mål*: hvordan ved vi, at vi har nået vores mål?).
        public var goal: String
        /// The proposal (*forslag til nye tiltag*) the row comes from, if any.
        public var proposal: ProposalID?

        /// Creates a row.
        public init(
            id: MeasureID,
            focusArea: String,
            whatHowWhen: String,
            timing: [Timing] = [],
            deadline: CalendarDate? = nil,
            responsible: [String],
            responsibilities: String? = nil,
            statusHistory: [StatusEntry] = [],
            goal: String,
            proposal: ProposalID? = nil
        ) {
            self.id = id
            self.focusArea = focusArea
            self.whatHowWhen = whatHowWhen
            self.timing = timing
            self.deadline = deadline
            self.responsible = responsible
            self.responsibilities = responsibilities
            self.statusHistory = statusHistory
            self.goal = goal
            self.proposal = proposal
        }

        /// The latest status entry, the last of the history.
        public var currentStatus: StatusEntry? {
            statusHistory.last
        }
    }
}
