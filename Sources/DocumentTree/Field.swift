/// A question with its answer: a form field that prints with writing space when blank.
public struct Field: Hashable, Sendable {
    /// The question's number as printed (for example `4`), if it has one.
    public var number: String?
    /// The question.
    public var label: InlineText
    /// Who answers the question (for example "Arbejdsgruppen"), if the form says.
    public var answeredBy: String?
    /// The answer; `nil` for a blank form, where the renderer leaves writing space.
    public var answer: [InlineText]?
    /// How many lines of writing space a blank field gets when printed.
    public var writingLines: Int

    /// Creates a field. Pass `answer: nil` for a blank, printable field.
    public init(
        number: String? = nil,
        label: InlineText,
        answeredBy: String? = nil,
        answer: [InlineText]?,
        writingLines: Int = 4
    ) {
        self.number = number
        self.label = label
        self.answeredBy = answeredBy
        self.answer = answer
        self.writingLines = writingLines
    }
}
