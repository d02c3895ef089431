public import ForebygCore

/// A story told at a beboerkonference about the resident in focus, with what the participants
/// drew from it.
public struct ConferenceStory: Codable, Hashable, Sendable {
    /// Who told the story.
    public var narrator: PseudonymousReference
    /// The story, one paragraph per entry.
    public var story: [String]
    /// The participants' reflections, analysis and professional knowledge on the story, and
    /// their suggestions for what else can be done.
    @Defaulted public var reflections: [String]

    /// Creates a story.
    public init(narrator: PseudonymousReference, story: [String], reflections: [String] = []) {
        self.narrator = narrator
        self.story = story
        self.reflections = reflections
    }
}
