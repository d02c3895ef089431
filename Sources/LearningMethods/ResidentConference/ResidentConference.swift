public import ForebygCore

/// The record of one *beboerkonference* (resident conference): a 1½-hour meeting with a fixed
/// agenda and fixed roles where manager and staff talk about one chosen resident, share
/// knowledge and agree on actions to try.
///
/// The seed's rules: conferences are held regularly, for example every 14 days; the resident is
/// chosen at least a week before; the next conference evaluates the actions agreed at this one
/// (``ActionEvaluation``, ``followUp(on:resident:)`` and ``validate(following:)``).
/// A record with an empty ``resident`` and no content is a blank form.
public struct ResidentConference: VersionedDocument, Hashable {
    /// `resident-conference`.
    public static let documentType = "resident-conference"
    /// Format version 1.
    public static let formatVersion = 1

    /// The workplace, for example "Plejecentrene i Albertslund Kommune".
    public var workplace: String?
    /// Why the conference is held.
    public var occasion: ConferenceOccasion
    /// The day of the conference.
    public var date: CalendarDate?
    /// The resident in focus, by pseudonym.
    public var resident: PseudonymousReference
    /// The day it was decided which resident the conference is about (at least a week before).
    public var residentChosenOn: CalendarDate?
    /// The challenges named at the opening ("Hvilken beboer handler mødet om, og hvilke udfordringer er der?").
    public var challenges: [String]
    /// The agenda; ``standardAgenda`` unless the workplace has its own.
    public var agenda: MeetingAgenda
    /// The workplace's own rules and practice around its conferences, in its words.
    public var localRules: [String]
    /// Who took part, and in which role.
    public var participants: [ConferenceParticipant]
    /// The day of the previous conference in the series, whose actions this one evaluates.
    public var previousConference: CalendarDate?
    /// The evaluation of the previous conference's actions.
    public var evaluations: [ActionEvaluation]
    /// The stories told about the resident.
    public var stories: [ConferenceStory]
    /// The better understanding of the resident the participants reached: common traits,
    /// good experiences, what the resident likes.
    public var understanding: [String]
    /// The actions agreed for the coming period.
    public var agreedActions: [AgreedAction]
    /// The day of the next conference.
    public var nextConference: CalendarDate?

    /// Creates a conference record; everything but the resident may be left out.
    public init(
        workplace: String? = nil, occasion: ConferenceOccasion = .scheduled, date: CalendarDate? = nil,
        resident: PseudonymousReference, residentChosenOn: CalendarDate? = nil, challenges: [String] = [],
        agenda: MeetingAgenda = ResidentConference.standardAgenda, localRules: [String] = [],
        participants: [ConferenceParticipant] = [], previousConference: CalendarDate? = nil,
        evaluations: [ActionEvaluation] = [], stories: [ConferenceStory] = [], understanding: [String] = [],
        agreedActions: [AgreedAction] = [], nextConference: CalendarDate? = nil
    ) {
        self.workplace = workplace
        self.occasion = occasion
        self.date = date
        self.resident = resident
        self.residentChosenOn = residentChosenOn
        self.challenges = challenges
        self.agenda = agenda
        self.localRules = localRules
        self.participants = participants
        self.previousConference = previousConference
        self.evaluations = evaluations
        self.stories = stories
        self.understanding = understanding
        self.agreedActions = agreedActions
        self.nextConference = nextConference
    }

    /// A blank, printable record with the standard agenda.
    public static var blank: ResidentConference {
        ResidentConference(resident: "")
    }

    /// Whether the record has no content yet (a blank form).
    public var isBlank: Bool {
        resident.rawValue.isEmpty && stories.isEmpty && agreedActions.isEmpty && evaluations.isEmpty && understanding.isEmpty
    }

    enum CodingKeys: String, CodingKey {
        case workplace, occasion, date, resident, residentChosenOn, challenges, agenda, localRules, participants
        case previousConference, evaluations, stories, understanding, agreedActions, nextConference
    }

    /// Decodes a record; lists may be left out, and a missing agenda is the standard one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        workplace = try container.decodeIfPresent(String.self, forKey: .workplace)
        occasion = try container.decode(.occasion, default: .scheduled)
        date = try container.decodeIfPresent(CalendarDate.self, forKey: .date)
        resident = try container.decode(PseudonymousReference.self, forKey: .resident)
        residentChosenOn = try container.decodeIfPresent(CalendarDate.self, forKey: .residentChosenOn)
        challenges = try container.list(.challenges)
        agenda = try container.decode(.agenda, default: Self.standardAgenda)
        localRules = try container.list(.localRules)
        participants = try container.list(.participants)
        previousConference = try container.decodeIfPresent(CalendarDate.self, forKey: .previousConference)
        evaluations = try container.list(.evaluations)
        stories = try container.list(.stories)
        understanding = try container.list(.understanding)
        agreedActions = try container.list(.agreedActions)
        nextConference = try container.decodeIfPresent(CalendarDate.self, forKey: .nextConference)
    }
}
