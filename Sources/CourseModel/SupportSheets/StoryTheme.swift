/// One of the six example themes of støtteark 2, with its full example story and the
/// national guidelines it refers to.
public struct StoryTheme: Hashable, Sendable {
    /// A passage of an example story.
    public enum Passage: Hashable, Sendable {
        /// A paragraph.
        case paragraph(String)
        /// A bulleted list.
        case bullets([String])
    }

    /// The theme's number in støtteark 2, 1–6.
    public let number: Int
    /// The theme as støtteark 2's list of themes words it.
    public let theme: String
    /// The example story's heading.
    public let storyTitle: String
    /// The example story, verbatim.
    public let story: [Passage]
    /// The national guidelines the story refers to ("Se Socialstyrelsens nationale retningslinjer … særligt").
    public let guidelines: [NationalGuideline]
}
