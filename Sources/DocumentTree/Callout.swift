/// A boxed note set apart from the running text, like the seeds' OBS and FAKTA boxes.
public struct Callout: Hashable, Sendable {
    /// What kind of box it is; renderers may style the kinds differently but always show the title.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A warning or point to observe (the seeds' "OBS").
        case note
        /// Background facts (the seeds' "FAKTA").
        case fact
        /// A worked example.
        case example
    }

    /// The kind of box.
    public var kind: Kind
    /// The box's title as shown (for example "OBS").
    public var title: String
    /// The box's content.
    public var blocks: [Block]

    /// Creates a callout.
    public init(kind: Kind, title: String, blocks: [Block]) {
        self.kind = kind
        self.title = title
        self.blocks = blocks
    }
}
