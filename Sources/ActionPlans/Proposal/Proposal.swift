public import ForebygCore

/// A *Forslag til nye tiltag* (proposal for new measures), støtteark 4 of seed 000.
///
/// The working group (*arbejdsgruppen*, AG) answers questions 1–5 at a story meeting
/// (*praksisfortællingsmøde*); the implementation group (*implementeringsgruppen*, IG) answers
/// questions 6–10 and records its decisions at the midtvejsmøde or the afsluttende møde.
/// Besides the answers a proposal holds its ``lifecycle`` (dated events), the IG's decisions as
/// structured ``actions``, the ``coordination`` with MED-udvalget or the arbejdsmiljøorganisation and
/// the ``evaluation``. A prioritised proposal becomes handleplan rows with
/// ``actionPlanRows(focusArea:goal:)`` or ``WorkplaceActionPlan/adding(rowsFrom:focusArea:goal:)``.
public struct Proposal: Hashable, Sendable, Codable {
    /// The proposal's identifier, for example `ag1-pf2-alenearbejde`; handleplan rows refer to it.
    public var id: ProposalID
    /// A title, for example "Retningslinjer for alenearbejde".
    public var title: String?
    /// Where in the course the proposal comes from.
    public var course: CourseLink?
    /// Which wording of the questions the document shows.
    @Defaulted public var questionWording: QuestionWording
    /// The answers, at most one per question, each as paragraphs.
    @OmittedWhenEmpty public var answers: [Answer]
    /// What has happened to the proposal, oldest first.
    @OmittedWhenEmpty public var lifecycle: [LifecycleEvent]
    /// The IG's decisions: what is done, by whom, by when.
    @OmittedWhenEmpty public var actions: [Action]
    /// Coordination with other working groups and MED-udvalget / arbejdsmiljøorganisationen.
    public var coordination: Coordination?
    /// When and how the IG evaluates whether the challenge is met.
    public var evaluation: Evaluation?

    /// Creates a proposal.
    public init(
        id: ProposalID,
        title: String? = nil,
        course: CourseLink? = nil,
        questionWording: QuestionWording = .form,
        answers: [Answer] = [],
        lifecycle: [LifecycleEvent] = [],
        actions: [Action] = [],
        coordination: Coordination? = nil,
        evaluation: Evaluation? = nil
    ) {
        self.id = id
        self.title = title
        self.course = course
        self.questionWording = questionWording
        self.answers = answers
        self.lifecycle = lifecycle
        self.actions = actions
        self.coordination = coordination
        self.evaluation = evaluation
    }

    /// The wordings of the ten questions: the blank form's, or seed 000's filled example's.
    public enum QuestionWording: String, CaseIterable, Hashable, Sendable, AbsentDefault {
        /// The blank form's wording, ``ProposalQuestion/text`` (the default).
        case form
        /// The filled example's wording, ``ProposalQuestion/exampleWording``.
        case filledExample

        /// A proposal that names no wording shows the form's.
        public static var absentValue: Self { .form }
    }

    /// The answer to one question, as paragraphs.
    public struct Answer: Hashable, Sendable, Codable {
        /// The question answered.
        public var question: ProposalQuestion
        /// The answer's paragraphs, verbatim.
        public var paragraphs: [String]

        /// Creates an answer.
        public init(question: ProposalQuestion, paragraphs: [String]) {
            self.question = question
            self.paragraphs = paragraphs
        }
    }

    /// The paragraphs answering a question, or `nil` if it is unanswered.
    public func answer(to question: ProposalQuestion) -> [String]? {
        answers.first { $0.question == question }?.paragraphs
    }

    /// Whether nothing has been written on the proposal yet: a blank, printable form.
    public var isBlank: Bool {
        answers.isEmpty && lifecycle.isEmpty && actions.isEmpty && coordination == nil && evaluation == nil
    }
}

extension Proposal: VersionedDocument {
    /// `proposal`.
    public static let documentType = "proposal"
    /// Version 1.
    public static let formatVersion = 1
}
