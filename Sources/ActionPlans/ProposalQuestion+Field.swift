public import DocumentTree
public import ForebygCore

extension ProposalQuestion {
    /// The question as a form field: blank (with writing space) when `answer` is `nil`,
    /// filled with the answer's paragraphs otherwise.
    public func field(answer: [String]?, in language: Language) -> Field {
        let strings = ActionPlansStrings.for(language)
        return Field(
            number: String(number),
            label: InlineText(text),
            answeredBy: respondent == .workingGroup ? strings.workingGroup : strings.implementationGroup,
            answer: answer.map { paragraphs in paragraphs.map { InlineText($0) } },
            writingLines: 6
        )
    }
}
