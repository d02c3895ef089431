public import DocumentTree

/// A passage of a seed's running text as the seed prints it: an optional heading and its
/// paragraphs (or, for the seeds' "Læs mere" lists, its items).
///
/// Heading and text are seed content: Danish in every language, verbatim (extraction artefacts
/// such as lost hyphens and split words mended).
public struct SeedPassage: Hashable, Sendable {
    /// The seed's heading for the passage, if it has one.
    public let heading: String?
    /// The paragraphs, or the list's items, in the seed's order.
    public let paragraphs: [String]
    /// Whether the seed prints the paragraphs as a bulleted list.
    public let isList: Bool

    /// Creates a passage.
    public init(heading: String? = nil, _ paragraphs: [String], isList: Bool = false) {
        self.heading = heading
        self.paragraphs = paragraphs
        self.isList = isList
    }

    /// The passage as blocks: its heading at the given level, then its paragraphs or list.
    public func blocks(headingLevel: Int = 2) -> [Block] {
        let heading = heading.map { [Block.heading($0, level: headingLevel)] } ?? []
        let text = isList
            ? [Block.bullets(paragraphs)]
            : paragraphs.map { Block.paragraph($0) }
        return heading + text
    }
}

extension Sequence<SeedPassage> {
    /// The passages' blocks in order, their headings at the given level.
    public func blocks(headingLevel: Int = 2) -> [Block] {
        flatMap { $0.blocks(headingLevel: headingLevel) }
    }
}
