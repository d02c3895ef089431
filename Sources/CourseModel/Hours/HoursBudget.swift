public import ForebygCore

/// The hours each person spends on the course, from the seed's "Timeforbrug" rules.
///
/// Hours are kept as whole minutes (`Int`), so totals are exact: 1½ hours is 90. The entries
/// follow the schedule's meetings (each participant once per meeting, for the meeting's length)
/// plus three tasks that are not meetings: reading the material (3 hours per implementation-group
/// member in phase 1; 3 hours in phase 2 for a facilitator outside the implementation group)
/// and preparing the afsluttende møde (1½ hours per implementation-group member in phase 4).
///
/// Each entry counts under the role the rule names it for ("pr. deltager i implementeringsgruppen"
/// counts under ``CourseRole/implementationGroup``); where a rule names several roles and a person
/// holds more than one, the first in the rule's order (top manager, implementation group,
/// facilitator, working group) counts, so that per-role, per-phase and per-person sums all
/// equal the total.
public struct HoursBudget: Hashable, Sendable {
    /// What an entry's time is spent on.
    public enum Activity: Hashable, Sendable {
        /// Taking part in a meeting of the schedule.
        case meeting(MeetingKind, number: Int, workingGroup: WorkingGroupID?)
        /// Reading the material (*læse materiale*).
        case readingMaterial
        /// Preparing the afsluttende møde (*forberedelse*).
        case preparingFinalMeeting
    }

    /// Time one person spends on one activity.
    public struct Entry: Hashable, Sendable {
        /// Who spends the time.
        public let person: PseudonymousReference
        /// The role the time counts under.
        public let role: CourseRole
        /// The phase the time falls in.
        public let phase: CoursePhase
        /// What the time is spent on.
        public let activity: Activity
        /// The time, in minutes.
        public let minutes: Int
    }

    /// Every entry, in schedule order.
    public let entries: [Entry]

    /// Computes the budget of a configuration through its schedule.
    public init(configuration: CourseConfiguration) {
        self.init(schedule: CourseSchedule(configuration: configuration))
    }

    /// Computes the budget of a schedule.
    public init(schedule: CourseSchedule) {
        self.entries = HoursRules(schedule: schedule).entries()
    }

    /// The total minutes of all entries.
    public var totalMinutes: Int {
        entries.reduce(0) { $0 + $1.minutes }
    }

    /// The minutes one person spends.
    public func minutes(for person: PseudonymousReference) -> Int {
        sum { $0.person == person }
    }

    /// The minutes one person spends in one phase.
    public func minutes(for person: PseudonymousReference, in phase: CoursePhase) -> Int {
        sum { $0.person == person && $0.phase == phase }
    }

    /// The minutes counted under a role (see the type's discussion of roles).
    public func minutes(for role: CourseRole) -> Int {
        sum { $0.role == role }
    }

    /// The minutes spent in a phase.
    public func minutes(in phase: CoursePhase) -> Int {
        sum { $0.phase == phase }
    }

    /// The people with entries, in order of first entry.
    public var people: [PseudonymousReference] {
        unique(entries.map(\.person))
    }

    private func sum(where include: (Entry) -> Bool) -> Int {
        entries.reduce(0) { include($1) ? $0 + $1.minutes : $0 }
    }
}
