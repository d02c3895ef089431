public import ForebygCore

extension PracticeStory {
    /// A question's number, 1–3: the facilitator's three questions (støtteark 2).
    public static let questionBounds = IntegerBounds(
        "question", 1...PracticeStoryQuestions.proposalQuestions.count, because: "the facilitator's questions",
        code: .storyUnknownQuestion)

    /// Checks that a filled story names its writer and has a story, that answers fit the three
    /// questions, and that proposals and their links are not empty.
    public func validate() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if !isBlank, writer.rawValue.isEmpty {
            diagnostics.append(.error(.storyNoWriter, at: FieldPath.root.key("writer"), "name the writer by pseudonym"))
        }
        if !isBlank, story.isEmpty {
            diagnostics.append(.error(.storyNoStory, at: FieldPath.root.key("story"), "write down what happened"))
        }
        for (index, answer) in answers.enumerated() {
            if let error = Self.questionBounds.check(answer.question, at: FieldPath.root.key("answers").index(index).key("question")) {
                diagnostics.append(error)
            }
        }
        for (index, proposal) in proposals.enumerated() {
            let path = FieldPath.root.key("proposals").index(index)
            if proposal.proposal.isEmpty {
                diagnostics.append(.error(.storyEmptyProposal, at: path.key("proposal"), "write the proposal"))
            }
            if proposal.proposalID?.isEmpty == true {
                diagnostics.append(.error(.storyEmptyProposalID, at: path.key("proposalID"),
                    "leave the link out, or name the Forslag til nye tiltag by its id"))
            }
        }
        return diagnostics
    }
}
