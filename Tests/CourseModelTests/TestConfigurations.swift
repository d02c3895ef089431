import ForebygCore
@testable import CourseModel

/// Small configurations whose schedules and hours are computed by hand in the tests.
enum TestConfigurations {
    static func date(_ text: String) -> CalendarDate {
        CalendarDate(isoString: text)!
    }

    static func people(_ ids: [String]) -> [Person] {
        ids.map { Person(id: PseudonymousReference($0)) }
    }

    static let implementationGroup = [
        ImplementationGroupMember(person: "dl", positions: [.dailyManager]),
        ImplementationGroupMember(person: "amr", positions: [.safetyRepresentative]),
        ImplementationGroupMember(person: "tr", positions: [.unionRepresentative]),
    ]

    /// One working group of five whose facilitator `f` is outside the implementation group.
    static func oneGroupOutside(count: Int = 6, start: String = "2026-03-02", interval: Int = 14) -> CourseConfiguration {
        CourseConfiguration(
            startDate: date(start), people: people(["tm", "dl", "amr", "tr", "f", "a1", "a2", "a3", "a4"]), topManager: "tm",
            implementationGroup: implementationGroup,
            workingGroups: [WorkingGroup(id: "ag1", name: "AG 1", members: ["f", "a1", "a2", "a3", "a4"], facilitators: ["f"])],
            storyMeetingCount: count, intervalDays: interval)
    }

    /// One working group of five whose facilitator is the AMR, inside the implementation group.
    static func oneGroupInside(count: Int = 6) -> CourseConfiguration {
        CourseConfiguration(
            startDate: date("2026-03-02"), people: people(["tm", "dl", "amr", "tr", "a1", "a2", "a3", "a4"]),
            topManager: "tm", implementationGroup: implementationGroup,
            workingGroups: [
                WorkingGroup(id: "ag1", name: "AG 1", members: ["amr", "a1", "a2", "a3", "a4"], facilitators: ["amr"])
            ],
            storyMeetingCount: count)
    }

    /// Two working groups starting on a Saturday: AMR facilitates group 1 (4 members), `f2`
    /// (outside the implementation group) group 2 (5 members).
    static func twoGroups() -> CourseConfiguration {
        CourseConfiguration(
            startDate: date("2026-03-07"),
            people: people(["tm", "dl", "amr", "tr", "a1", "a2", "a3", "f2", "b1", "b2", "b3", "b4"]), topManager: "tm",
            implementationGroup: implementationGroup,
            workingGroups: [
                WorkingGroup(id: "ag1", name: "AG 1", members: ["amr", "a1", "a2", "a3"], facilitators: ["amr"]),
                WorkingGroup(id: "ag2", name: "AG 2", members: ["f2", "b1", "b2", "b3", "b4"], facilitators: ["f2"]),
            ])
    }
}
