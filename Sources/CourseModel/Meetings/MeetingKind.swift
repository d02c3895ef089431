public import DocumentTree
import ForebygCore

/// A kind of meeting (or gathering) in the course, in the order they first occur.
public enum MeetingKind: String, CaseIterable, Codable, Sendable {
    /// Phase 1: the daily manager forms and gathers the implementation group (*nedsættelse af
    /// implementeringsgruppe*, 1 hour for the daily manager).
    case implementationGroupFormation
    /// Phase 2: *planlægningsmøde* in the implementation group with the top manager (3 hours).
    case planningMeeting
    /// Phase 2: *informationsmøde* for the top manager, the implementation group and the
    /// working groups; the working group elects its facilitator (1½ hours).
    case informationMeeting
    /// Phase 3: *praksisfortællingsmøde*, a working group's story meeting (the first 3 hours,
    /// the last 2½ hours, the others 2 hours).
    case storyMeeting
    /// Phase 3: the implementation group's *formøde* before the midtvejsmøde and before the
    /// afsluttende møde (1½ hours).
    case preMeeting
    /// Phase 3: *sparringsmøde* for the implementation group and all facilitators, held twice
    /// when there are several working groups (støtteark 5, 1 hour).
    case sparringMeeting
    /// Phase 3: *midtvejsmøde*, the midway meeting of everybody (1½ hours).
    case midwayMeeting
    /// Phase 4: *afsluttende møde*, the final meeting: prioritising, evaluation, *forankring* (2½ hours).
    case finalMeeting

    /// The phase the meeting belongs to.
    public var phase: CoursePhase {
        switch self {
        case .implementationGroupFormation: .preparation
        case .planningMeeting, .informationMeeting: .startup
        case .storyMeeting, .preMeeting, .sparringMeeting, .midwayMeeting: .discussion
        case .finalMeeting: .conclusion
        }
    }

    /// The roles that take part, in the order the seed's hours rules name them.
    public var participantRoles: [CourseRole] {
        switch self {
        case .implementationGroupFormation: [.dailyManager]
        case .planningMeeting: [.topManager, .implementationGroup]
        case .informationMeeting, .midwayMeeting, .finalMeeting: [.topManager, .implementationGroup, .workingGroup]
        case .storyMeeting: [.workingGroup]
        case .preMeeting: [.implementationGroup]
        case .sparringMeeting: [.implementationGroup, .facilitator]
        }
    }

    /// The meeting's length in minutes. Story meetings depend on their place in the series:
    /// the first is 180, the last (when there is more than one) 150, the others 120 — the
    /// seed's "Timeforbrug" rules, which govern where the meeting text says otherwise.
    public func durationMinutes(number: Int = 1, of storyMeetingCount: Int = 6) -> Int {
        switch self {
        case .implementationGroupFormation: 60
        case .planningMeeting: 180
        case .informationMeeting, .preMeeting, .midwayMeeting: 90
        case .sparringMeeting: 60
        case .finalMeeting: 150
        case .storyMeeting where number <= 1: 180
        case .storyMeeting where number >= storyMeetingCount: 150
        case .storyMeeting: 120
        }
    }

    /// The old name of ``label(in:)``.
    @available(*, deprecated, renamed: "label(in:)")
    public func name(in language: Language) -> String {
        label(in: language)
    }

    /// The meeting's name in the given language (the Danish one is the seed's).
    public func label(in language: Language) -> String {
        CourseModelStrings.for(language).meetingNames(self)
    }
}
