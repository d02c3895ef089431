public import DocumentTree

extension MethodStepGroup {
    /// The group as a level-3 heading and a bulleted list of its steps.
    public var blocks: [Block] {
        [.heading(level: 3, text: InlineText(title)), .list(ListBlock(style: .bulleted, paragraphs: steps.map { InlineText($0) }))]
    }
}
