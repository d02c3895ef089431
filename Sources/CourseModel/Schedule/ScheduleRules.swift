import ForebygCore

/// The date and participant rules of ``CourseSchedule``, kept apart from its public surface.
struct ScheduleRules {
    /// Days from the start to the planlægningsmøde (phase 2 begins).
    static let planningOffset = 7
    /// Days from the start to the informationsmøde.
    static let informationOffset = 21
    /// Days from the start to the first story meeting (phase 3 begins).
    static let firstStoryMeetingOffset = 35

    let configuration: CourseConfiguration
    let start: CalendarDate
    let count: Int
    let interval: Int

    init(configuration: CourseConfiguration) {
        self.configuration = configuration
        self.start = configuration.startDate
        self.count = max(1, configuration.storyMeetingCount)
        self.interval = max(1, configuration.intervalDays)
    }

    /// The story meeting after which the midtvejsmøde comes: ⌈n/2⌉.
    var midpoint: Int { (count + 1) / 2 }
    /// Days from a story meeting to an IG formøde or a sparringsmøde.
    var shortOffset: Int { max(1, interval / 4) }
    /// Days from a story meeting to the midtvejsmøde or the afsluttende møde.
    var longOffset: Int { max(shortOffset + 1, interval / 2) }

    /// The nominal (unmoved) date of story meeting `number`.
    func storyMeetingNominalDate(_ number: Int) -> CalendarDate {
        start.adding(days: Self.firstStoryMeetingOffset + (number - 1) * interval)
    }

    /// The story meetings after which the sparringsmøder come (none with one working group).
    var sparringAnchors: [Int] {
        guard configuration.workingGroups.count > 1 else { return [] }
        let first = (midpoint + 1) / 2
        return count > midpoint ? [first, midpoint + (count - midpoint + 1) / 2] : [first]
    }

    func meetings() -> [ScheduledMeeting] {
        let all =
            [
                meeting(.implementationGroupFormation, 1, on: start),
                meeting(.planningMeeting, 1, on: start.adding(days: Self.planningOffset)),
                meeting(.informationMeeting, 1, on: start.adding(days: Self.informationOffset)),
            ] + storyMeetings() + [
                meeting(.preMeeting, 1, on: storyMeetingNominalDate(midpoint).adding(days: shortOffset)),
                meeting(.midwayMeeting, 1, on: storyMeetingNominalDate(midpoint).adding(days: longOffset)),
                meeting(.preMeeting, 2, on: storyMeetingNominalDate(count).adding(days: shortOffset)),
                meeting(.finalMeeting, 1, on: storyMeetingNominalDate(count).adding(days: longOffset)),
            ]
            + sparringAnchors.enumerated().map {
                meeting(.sparringMeeting, $0.offset + 1, on: storyMeetingNominalDate($0.element).adding(days: shortOffset))
            }
        return all.enumerated().sorted { lhs, rhs in
            (lhs.element.date, order(lhs.element.kind), lhs.offset) < (rhs.element.date, order(rhs.element.kind), rhs.offset)
        }.map(\.element)
    }

    private func order(_ kind: MeetingKind) -> Int {
        MeetingKind.allCases.firstIndex(of: kind) ?? 0
    }

    private func storyMeetings() -> [ScheduledMeeting] {
        (1...count).flatMap { number in
            configuration.workingGroups.map { group in
                meeting(.storyMeeting, number, on: storyMeetingNominalDate(number), group: group)
            }
        }
    }

    private func meeting(_ kind: MeetingKind, _ number: Int, on nominal: CalendarDate, group: WorkingGroup? = nil)
        -> ScheduledMeeting
    {
        ScheduledMeeting(
            kind: kind, number: number, date: nominal.nextWorkday,
            durationMinutes: kind.durationMinutes(number: number, of: count),
            participants: participants(kind, group: group), workingGroup: group?.id,
            agenda: kind.agenda(number: number, of: count))
    }

    /// Who takes part in a meeting: the holders of the kind's roles, in that order; a story
    /// meeting's working group is its own group only.
    func participants(_ kind: MeetingKind, group: WorkingGroup?) -> [PseudonymousReference] {
        unique(
            kind.participantRoles.flatMap { role in
                if role == .workingGroup, let group { return group.members }
                return configuration.people(in: role)
            })
    }
}
