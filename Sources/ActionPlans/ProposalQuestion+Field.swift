public import DocumentTree
import ForebygCore

extension ProposalQuestion {
    /// The question as a form field, worded as on the blank form: blank (with writing space)
    /// when `answer` is `nil`, filled with the answer's paragraphs otherwise.
    public func field(answer: [String]?, in language: Language) -> Field {
        field(answer: answer, in: language, wording: .form)
    }

    /// The question as a form field in the given wording (the blank form's or seed 000's filled example's).
    public func field(answer: [String]?, in language: Language, wording: Proposal.QuestionWording) -> Field {
        let strings = ActionPlansStrings.for(language)
        return Field(
            number: String(number),
            label: InlineText(wording == .form ? text : exampleWording),
            answeredBy: respondent == .workingGroup ? strings.workingGroup : strings.implementationGroup,
            answer: answer.map { paragraphs in paragraphs.map { InlineText($0) } },
            writingLines: 6
        )
    }
}
