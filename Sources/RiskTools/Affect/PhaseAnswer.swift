/// An answer to one of a phase's questions, by the question's number (1 for the first).
public struct PhaseAnswer: Hashable, Sendable, Codable {
    /// The question's number within its phase, from 1.
    public var question: Int
    /// The answer.
    public var answer: String

    /// Creates an answer.
    public init(question: Int, answer: String) {
        self.question = question
        self.answer = answer
    }
}

/// The answers given for one phase of the affektudbrudsmodel.
public struct PhaseReflection: Hashable, Sendable, Codable {
    /// The phase.
    public var phase: AffectPhase
    /// The answers, by question number.
    public var answers: [PhaseAnswer]

    /// Creates a phase reflection.
    public init(phase: AffectPhase, answers: [PhaseAnswer]) {
        self.phase = phase
        self.answers = answers
    }

    /// The answer to a question number, if given.
    public func answer(to question: Int) -> String? {
        answers.first { $0.question == question }?.answer
    }
}
