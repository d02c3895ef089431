public import DocumentTree
public import ForebygCore

/// What the working group agrees for its next meeting: "om de på næste møde vil fortsætte med
/// en ny vinkel på samme praksisfortælling, eller om de skal tage udgangspunkt i en ny fortælling".
public enum StoryContinuation: String, CaseIterable, Codable, Sendable {
    /// Continue with a new angle on the same story.
    case sameStoryNewAngle
    /// Start from a new story.
    case newStory
}

extension StoryContinuation: Labelled {
    /// The label a document or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        LearningMethodsStrings.for(language).continuations(self)
    }
}
