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
    public var reflections: [String]

    /// Creates a story.
    public init(narrator: PseudonymousReference, story: [String], reflections: [String] = []) {
        self.narrator = narrator
        self.story = story
        self.reflections = reflections
    }

    enum CodingKeys: String, CodingKey {
        case narrator, story, reflections
    }

    /// Decodes a story; `reflections` may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        narrator = try container.decode(PseudonymousReference.self, forKey: .narrator)
        story = try container.decode([String].self, forKey: .story)
        reflections = try container.list(.reflections)
    }
}
