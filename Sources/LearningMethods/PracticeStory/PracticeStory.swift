public import ForebygCore

/// A written *praksisfortælling* (practice story): a member of staff's account of a difficult
/// episode with their own reflections, and what the working group made of it.
///
/// The group's discussion leads to proposals; a proposal that is written up as *Forslag til
/// nye tiltag* links to it by id (``StoryProposal/proposalID``). A story with an empty
/// ``writer`` and no content is a blank form.
public struct PracticeStory: VersionedDocument, Hashable {
    /// `practice-story`.
    public static let documentType = "practice-story"
    /// Format version 1.
    public static let formatVersion = 1

    /// The workplace.
    public var workplace: String?
    /// The working group that discussed the story.
    public var workingGroup: String?
    /// The day the story was discussed.
    public var date: CalendarDate?
    /// Who wrote the story, by pseudonym.
    public var writer: PseudonymousReference
    /// The theme, for example risikovurdering, inddragelse af borgerne, oplæring or registrering.
    public var theme: String?
    /// The story ("Hvad skete der?"), one paragraph per entry.
    @Defaulted public var story: [String]
    /// The writer's reflections ("Kunne jeg have gjort noget anderledes?").
    @Defaulted public var reflections: [String]
    /// The group's discussion: experiences with the theme and considerations on the story.
    @Defaulted public var discussion: [String]
    /// The group's answers to the facilitator's three questions (``PracticeStoryQuestions/proposalQuestions``).
    @Defaulted public var answers: [ReflectionAnswer]
    /// The group's proposals for the implementation group.
    @Defaulted public var proposals: [StoryProposal]
    /// Whether the next meeting takes a new angle on this story or a new one.
    public var continuation: StoryContinuation?

    /// Creates a practice story.
    public init(
        workplace: String? = nil, workingGroup: String? = nil, date: CalendarDate? = nil, writer: PseudonymousReference,
        theme: String? = nil, story: [String] = [], reflections: [String] = [], discussion: [String] = [],
        answers: [ReflectionAnswer] = [], proposals: [StoryProposal] = [], continuation: StoryContinuation? = nil
    ) {
        self.workplace = workplace
        self.workingGroup = workingGroup
        self.date = date
        self.writer = writer
        self.theme = theme
        self.story = story
        self.reflections = reflections
        self.discussion = discussion
        self.answers = answers
        self.proposals = proposals
        self.continuation = continuation
    }

    /// A blank, printable form.
    public static var blank: PracticeStory {
        PracticeStory(writer: "")
    }

    /// Whether the story has no content yet (a blank form).
    public var isBlank: Bool {
        writer.rawValue.isEmpty && story.isEmpty && reflections.isEmpty && discussion.isEmpty && answers.isEmpty && proposals.isEmpty
    }
}
