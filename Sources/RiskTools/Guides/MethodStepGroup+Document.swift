public import DocumentTree

extension MethodStepGroup {
    /// The group as a level-3 heading and a bulleted list of its steps.
    public var blocks: [Block] {
        [.heading(title, level: 3), .bullets(steps)]
    }
}
