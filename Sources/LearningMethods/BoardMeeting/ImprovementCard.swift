public import ForebygCore

/// The tag of identifiers that name an improvement card.
public enum ImprovementCardTag: Sendable {}

/// The identifier of an improvement card on the board, unique within the meeting.
public typealias ImprovementCardID = Identifier<ImprovementCardTag>

/// A card on the improvement board (*forbedringstavle*): a proposal anyone may put up, which
/// gets a deadline and moves to the in-progress field once the meeting decides to act on it.
public struct ImprovementCard: Codable, Hashable, Sendable {
    /// A stable id, so the card can be followed from meeting to meeting.
    public var id: ImprovementCardID
    /// The proposal as written on the card.
    public var proposal: String
    /// Who put it up, by pseudonym or role (at Sct. Hans both patients and staff do).
    public var proposedBy: PseudonymousReference?
    /// Where on the board the card is.
    @Defaulted public var state: CardState
    /// The deadline; required once the card is in progress.
    public var deadline: CalendarDate?
    /// Who carries it out, by pseudonym or role.
    public var responsible: PseudonymousReference?
    /// How to take the proposal further, and in which forums.
    public var forum: String?
    /// Follow-up notes from the coming meetings.
    @Defaulted public var followUp: [String]

    /// Creates a card.
    public init(
        id: ImprovementCardID, proposal: String, proposedBy: PseudonymousReference? = nil,
        state: CardState = .proposed, deadline: CalendarDate? = nil, responsible: PseudonymousReference? = nil,
        forum: String? = nil, followUp: [String] = []
    ) {
        self.id = id
        self.proposal = proposal
        self.proposedBy = proposedBy
        self.state = state
        self.deadline = deadline
        self.responsible = responsible
        self.forum = forum
        self.followUp = followUp
    }

    /// The card moved to the in-progress field with a deadline, as the board meeting decides.
    public func started(deadline: CalendarDate, responsible: PseudonymousReference? = nil, forum: String? = nil) -> ImprovementCard {
        var card = self
        card.state = .inProgress
        card.deadline = deadline
        card.responsible = responsible ?? self.responsible
        card.forum = forum ?? self.forum
        return card
    }
}
