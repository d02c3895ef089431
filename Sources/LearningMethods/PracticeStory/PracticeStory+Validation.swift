public import ForebygCore

extension PracticeStory {
    /// Checks that a filled story names its writer and has a story, that answers fit the three
    /// questions, and that proposals and their links are not empty.
    public func validate() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if !isBlank, writer.rawValue.isEmpty {
            diagnostics.append(.error("story.noWriter", at: FieldPath.root.key("writer"), "name the writer by pseudonym"))
        }
        if !isBlank, story.isEmpty {
            diagnostics.append(.error("story.noStory", at: FieldPath.root.key("story"), "write down what happened"))
        }
        let count = PracticeStoryQuestions.proposalQuestions.count
        for (index, answer) in answers.enumerated() where !(1...count).contains(answer.question) {
            diagnostics.append(.error("story.unknownQuestion", at: FieldPath.root.key("answers").index(index).key("question"),
                "the facilitator's questions are numbered 1 to \(count)"))
        }
        for (index, proposal) in proposals.enumerated() {
            let path = FieldPath.root.key("proposals").index(index)
            if proposal.proposal.isEmpty {
                diagnostics.append(.error("story.emptyProposal", at: path.key("proposal"), "write the proposal"))
            }
            if proposal.proposalID?.isEmpty == true {
                diagnostics.append(.error("story.emptyProposalID", at: path.key("proposalID"),
                    "leave the link out, or name the Forslag til nye tiltag by its id"))
            }
        }
        return diagnostics
    }
}
