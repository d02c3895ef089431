/// The answer to one of a læringsplan's reflection questions.
public struct ReflectionAnswer: Codable, Hashable, Sendable {
    /// The question's number, counted from 1, in the list that fits the plan's audience
    /// (``LA2ReflectionQuestions/colleagues`` or ``LA2ReflectionQuestions/citizen``).
    public var question: Int
    /// The answer, one paragraph per entry.
    public var answer: [String]

    /// Creates an answer.
    public init(question: Int, answer: [String]) {
        self.question = question
        self.answer = answer
    }
}
