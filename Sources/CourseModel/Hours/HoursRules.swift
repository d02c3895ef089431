import ForebygCore

/// The seed's "Timeforbrug" rules as entries of an ``HoursBudget``.
struct HoursRules {
    /// Reading the material: 3 hours.
    static let readingMinutes = 180
    /// Preparing the afsluttende møde: 1½ hours.
    static let preparationMinutes = 90

    let schedule: CourseSchedule
    var configuration: CourseConfiguration { schedule.configuration }

    func entries() -> [HoursBudget.Entry] {
        let implementationGroup = configuration.implementationGroupMembers
        let reading = implementationGroup.map {
            entry($0, .implementationGroup, .preparation, .readingMaterial, Self.readingMinutes)
        }
        let facilitatorReading = configuration.facilitators.filter { !implementationGroup.contains($0) }.map {
            entry($0, .facilitator, .startup, .readingMaterial, Self.readingMinutes)
        }
        let preparation = implementationGroup.map {
            entry($0, .implementationGroup, .conclusion, .preparingFinalMeeting, Self.preparationMinutes)
        }
        let meetings = schedule.meetings.flatMap(meetingEntries)
        let all = meetings + reading + facilitatorReading + preparation
        return all.enumerated().sorted { ($0.element.phase, $0.offset) < ($1.element.phase, $1.offset) }.map(\.element)
    }

    private func meetingEntries(_ meeting: ScheduledMeeting) -> [HoursBudget.Entry] {
        meeting.participants.map { person in
            entry(
                person, role(of: person, at: meeting.kind), meeting.phase,
                .meeting(meeting.kind, number: meeting.number, workingGroup: meeting.workingGroup),
                meeting.durationMinutes)
        }
    }

    /// The role a meeting's hours count under: the first role the rule names that the person holds.
    private func role(of person: PseudonymousReference, at kind: MeetingKind) -> CourseRole {
        let held = configuration.roles(of: person)
        let named = kind.participantRoles
        return named.first(where: held.contains) ?? named[0]
    }

    private func entry(
        _ person: PseudonymousReference, _ role: CourseRole, _ phase: CoursePhase, _ activity: HoursBudget.Activity,
        _ minutes: Int
    ) -> HoursBudget.Entry {
        HoursBudget.Entry(person: person, role: role, phase: phase, activity: activity, minutes: minutes)
    }
}
