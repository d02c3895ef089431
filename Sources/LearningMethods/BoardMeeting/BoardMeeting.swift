public import ForebygCore

/// One *tavlemøde* (board meeting): a short standing meeting (about 15 minutes) in front of a
/// board that makes a focus area visible, with the board's fields as they stand after the meeting.
///
/// The board has a quality side (*kvalitetstavle*: goals, status and the figures followed, as
/// charts) and an improvement side (*forbedringstavle*: ideas, in-progress initiatives with a
/// deadline, finished ones), plus the agreements until the next meeting. Meetings form a series:
/// ``continued(on:)`` carries the board to the next one.
public struct BoardMeeting: VersionedDocument, Hashable {
    /// `board-meeting`.
    public static let documentType = "board-meeting"
    /// Format version 1.
    public static let formatVersion = 1

    /// The workplace or unit, for example "Afsnit M21, Psykiatrisk Center Sct. Hans".
    public var workplace: String?
    /// The focus area the board follows.
    public var focusArea: String
    /// The day of the meeting.
    public var date: CalendarDate?
    /// Who facilitates the meeting (*tovholder*).
    public var facilitator: PseudonymousReference?
    /// The agenda; ``standardAgenda`` (15 minutes) unless the workplace has its own.
    public var agenda: MeetingAgenda
    /// The workplace's own practice around its board meetings, in its words.
    public var localRules: [String]
    /// *Mål*: the goals of the effort.
    public var goals: [String]
    /// *Status*: what has been achieved since the start and since the last meeting.
    public var status: [String]
    /// The figures followed on the quality board.
    public var measures: [BoardMeasure]
    /// The improvement cards: ideas, in-progress initiatives and finished ones.
    public var cards: [ImprovementCard]
    /// *Aftaler*: who does what before the next meeting.
    public var agreements: [BoardAgreement]
    /// The day of the next meeting.
    public var nextMeeting: CalendarDate?
    /// Who facilitates the next meeting.
    public var nextFacilitator: PseudonymousReference?

    /// Creates a board meeting.
    public init(
        workplace: String? = nil, focusArea: String, date: CalendarDate? = nil, facilitator: PseudonymousReference? = nil,
        agenda: MeetingAgenda = BoardMeeting.standardAgenda, localRules: [String] = [], goals: [String] = [],
        status: [String] = [], measures: [BoardMeasure] = [], cards: [ImprovementCard] = [],
        agreements: [BoardAgreement] = [], nextMeeting: CalendarDate? = nil, nextFacilitator: PseudonymousReference? = nil
    ) {
        self.workplace = workplace
        self.focusArea = focusArea
        self.date = date
        self.facilitator = facilitator
        self.agenda = agenda
        self.localRules = localRules
        self.goals = goals
        self.status = status
        self.measures = measures
        self.cards = cards
        self.agreements = agreements
        self.nextMeeting = nextMeeting
        self.nextFacilitator = nextFacilitator
    }

    /// The cards in one field of the board.
    public func cards(in state: CardState) -> [ImprovementCard] {
        cards.filter { $0.state == state }
    }

    enum CodingKeys: String, CodingKey {
        case workplace, focusArea, date, facilitator, agenda, localRules, goals, status, measures, cards, agreements
        case nextMeeting, nextFacilitator
    }

    /// Decodes a meeting; lists may be left out, and a missing agenda is the standard one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        workplace = try container.decodeIfPresent(String.self, forKey: .workplace)
        focusArea = try container.decode(String.self, forKey: .focusArea)
        date = try container.decodeIfPresent(CalendarDate.self, forKey: .date)
        facilitator = try container.decodeIfPresent(PseudonymousReference.self, forKey: .facilitator)
        agenda = try container.decode(.agenda, default: Self.standardAgenda)
        localRules = try container.list(.localRules)
        goals = try container.list(.goals)
        status = try container.list(.status)
        measures = try container.list(.measures)
        cards = try container.list(.cards)
        agreements = try container.list(.agreements)
        nextMeeting = try container.decodeIfPresent(CalendarDate.self, forKey: .nextMeeting)
        nextFacilitator = try container.decodeIfPresent(PseudonymousReference.self, forKey: .nextFacilitator)
    }
}
