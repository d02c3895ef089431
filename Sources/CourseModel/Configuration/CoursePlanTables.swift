import DocumentTree
import ForebygCore

/// The tables of the course plan, with stable snake_case column keys for CSV export.
struct CoursePlanTables {
    let configuration: CourseConfiguration
    let schedule: CourseSchedule
    let budget: HoursBudget
    let strings: CourseModelStrings
    let language: Language

    func participantsTable() -> Table {
        Table(
            name: "participants",
            columns: [
                .init(title: strings.person, key: "person"), .init(title: strings.name, key: "name"),
                .init(title: strings.title, key: "title"), .init(title: strings.roles, key: "roles"),
            ],
            rows: configuration.participants.map { id in
                let person = configuration.person(id)
                return [
                    InlineText(id.rawValue), InlineText(person?.displayName ?? ""), InlineText(person?.title ?? ""),
                    InlineText(configuration.roles(of: id).map { $0.label(in: language) }.joined(separator: ", ")),
                ]
            },
            firstColumnIsRowHeader: true)
    }

    func workingGroupsTable() -> Table {
        Table(
            name: "working-groups",
            columns: [
                .init(title: strings.workingGroup, key: "working_group"), .init(title: strings.name, key: "name"),
                .init(title: strings.members, key: "members"), .init(title: strings.facilitators, key: "facilitators"),
                .init(title: strings.scribe, key: "scribe"),
            ],
            rows: configuration.workingGroups.map { group in
                [
                    InlineText(group.id.rawValue), InlineText(group.name), InlineText(ids(group.members)),
                    InlineText(ids(group.facilitators)), InlineText(group.scribe?.rawValue ?? ""),
                ]
            },
            firstColumnIsRowHeader: true)
    }

    func scheduleTable() -> Table {
        Table(
            name: "schedule",
            columns: [
                .init(title: strings.date, key: "date"), .init(title: strings.weekday, key: "weekday"),
                .init(title: strings.phase, key: "phase", headingOrientation: .vertical), .init(title: strings.meeting, key: "meeting"),
                .init(title: strings.number, key: "number", headingOrientation: .vertical), .init(title: strings.workingGroup, key: "working_group"),
                .init(title: strings.duration, key: "duration_hours", headingOrientation: .vertical),
                .init(title: strings.minutes, key: "duration_minutes", headingOrientation: .vertical),
                .init(title: strings.participants, key: "participants"),
            ],
            rows: schedule.meetings.map { meeting in
                [
                    InlineText(meeting.date.formatted(in: language)), InlineText(meeting.date.weekday.label(in: language)),
                    InlineText(String(meeting.phase.number)), InlineText(meeting.kind.label(in: language)),
                    InlineText(String(meeting.number)), InlineText(groupName(meeting.workingGroup)),
                    InlineText(strings.hours(meeting.durationMinutes)), InlineText(String(meeting.durationMinutes)),
                    InlineText(ids(meeting.participants)),
                ]
            })
    }

    func hoursPerPerson() -> Table {
        let phaseColumns = CoursePhase.allCases.map {
            Table.Column(title: "\(strings.phase) \($0.number)", key: "phase_\($0.number)_hours")
        }
        return Table(
            name: "hours-per-person",
            columns: [.init(title: strings.person, key: "person"), .init(title: strings.name, key: "name")] + phaseColumns
                + [.init(title: strings.total, key: "total_hours"), .init(title: strings.minutes, key: "total_minutes")],
            rows: configuration.participants.map { id in
                [InlineText(id.rawValue), InlineText(configuration.person(id)?.displayName ?? "")]
                    + CoursePhase.allCases.map { InlineText(strings.hours(budget.minutes(for: id, in: $0))) }
                    + [InlineText(strings.hours(budget.minutes(for: id))), InlineText(String(budget.minutes(for: id)))]
            } + [totalRow(leading: 2, perPhase: true)],
            firstColumnIsRowHeader: true)
    }

    func hoursPerRole() -> Table {
        let roles = CourseRole.allCases.filter { budget.minutes(for: $0) > 0 }
        return Table(
            name: "hours-per-role",
            columns: [
                .init(title: strings.role, key: "role"), .init(title: strings.peopleCount, key: "people"),
                .init(title: strings.hours, key: "hours"), .init(title: strings.minutes, key: "minutes"),
            ],
            rows: roles.map { role in
                let people = unique(budget.entries.filter { $0.role == role }.map(\.person)).count
                return [
                    InlineText(role.label(in: language)), InlineText(String(people)),
                    InlineText(strings.hours(budget.minutes(for: role))), InlineText(String(budget.minutes(for: role))),
                ]
            } + [totalRow(leading: 2, perPhase: false)],
            firstColumnIsRowHeader: true)
    }

    func hoursPerPhase() -> Table {
        Table(
            name: "hours-per-phase",
            columns: [
                .init(title: strings.phase, key: "phase"), .init(title: strings.hours, key: "hours"),
                .init(title: strings.minutes, key: "minutes"),
            ],
            rows: CoursePhase.allCases.map { phase in
                [
                    InlineText(phase.title(in: language)), InlineText(strings.hours(budget.minutes(in: phase))),
                    InlineText(String(budget.minutes(in: phase))),
                ]
            } + [totalRow(leading: 1, perPhase: false)],
            firstColumnIsRowHeader: true)
    }

    /// "I alt" followed by empty cells, the per-phase totals if asked, then hours and minutes.
    private func totalRow(leading: Int, perPhase: Bool) -> [InlineText] {
        [InlineText(strings.total)] + Array(repeating: InlineText(""), count: leading - 1)
            + (perPhase ? CoursePhase.allCases.map { InlineText(strings.hours(budget.minutes(in: $0))) } : [])
            + [InlineText(strings.hours(budget.totalMinutes)), InlineText(String(budget.totalMinutes))]
    }

    private func ids(_ people: [PseudonymousReference]) -> String {
        people.map(\.rawValue).joined(separator: ", ")
    }

    private func groupName(_ id: WorkingGroupID?) -> String {
        guard let id else { return "" }
        return configuration.workingGroups.first { $0.id == id }?.name ?? id.rawValue
    }
}
