import ForebygCore
import Testing
@testable import CourseModel

@Suite struct CourseScheduleTests {
    private func dates(_ schedule: CourseSchedule, _ kind: MeetingKind, group: String? = nil) -> [String] {
        schedule.meetings(ofKind: kind).filter { group == nil || $0.workingGroup?.rawValue == group }.map(\.date.isoString)
    }

    @Test func oneGroupSixMeetingsFromAMonday() {
        let schedule = CourseSchedule(configuration: TestConfigurations.oneGroupOutside())
        #expect(dates(schedule, .implementationGroupFormation) == ["2026-03-02"])
        #expect(dates(schedule, .planningMeeting) == ["2026-03-09"])
        #expect(dates(schedule, .informationMeeting) == ["2026-03-23"])
        #expect(
            dates(schedule, .storyMeeting)
                == ["2026-04-06", "2026-04-20", "2026-05-04", "2026-05-18", "2026-06-01", "2026-06-15"])
        #expect(dates(schedule, .preMeeting) == ["2026-05-07", "2026-06-18"])
        #expect(dates(schedule, .midwayMeeting) == ["2026-05-11"])
        #expect(dates(schedule, .finalMeeting) == ["2026-06-22"])
        #expect(dates(schedule, .sparringMeeting).isEmpty)
        #expect(schedule.meetings.count == 13)
    }

    @Test func fourMeetingsPutTheMidwayMeetingAfterTheSecond() {
        let schedule = CourseSchedule(configuration: TestConfigurations.oneGroupInside(count: 4))
        #expect(dates(schedule, .storyMeeting) == ["2026-04-06", "2026-04-20", "2026-05-04", "2026-05-18"])
        #expect(dates(schedule, .preMeeting) == ["2026-04-23", "2026-05-21"])
        #expect(dates(schedule, .midwayMeeting) == ["2026-04-27"])
        #expect(dates(schedule, .finalMeeting) == ["2026-05-25"])
        #expect(schedule.meetings.map(\.kind) == [
            .implementationGroupFormation, .planningMeeting, .informationMeeting, .storyMeeting, .storyMeeting,
            .preMeeting, .midwayMeeting, .storyMeeting, .storyMeeting, .preMeeting, .finalMeeting,
        ])
        #expect(schedule.meetings(ofKind: .storyMeeting).map(\.durationMinutes) == [180, 120, 120, 150])
    }

    @Test func weekendDatesMoveToMonday() {
        let schedule = CourseSchedule(configuration: TestConfigurations.twoGroups())
        #expect(dates(schedule, .implementationGroupFormation) == ["2026-03-09"])
        #expect(dates(schedule, .planningMeeting) == ["2026-03-16"])
        #expect(dates(schedule, .informationMeeting) == ["2026-03-30"])
        let storyDates = ["2026-04-13", "2026-04-27", "2026-05-11", "2026-05-25", "2026-06-08", "2026-06-22"]
        #expect(dates(schedule, .storyMeeting, group: "ag1") == storyDates)
        #expect(dates(schedule, .storyMeeting, group: "ag2") == storyDates)
        #expect(dates(schedule, .preMeeting) == ["2026-05-12", "2026-06-23"])
        #expect(dates(schedule, .midwayMeeting) == ["2026-05-18"])
        #expect(dates(schedule, .finalMeeting) == ["2026-06-29"])
        #expect(schedule.meetings.allSatisfy { !$0.date.isWeekend })
    }

    @Test func severalGroupsGetTwoSparringMeetingsOnePerHalf() throws {
        let schedule = CourseSchedule(configuration: TestConfigurations.twoGroups())
        #expect(dates(schedule, .sparringMeeting) == ["2026-04-28", "2026-06-09"])
        let sparring = try #require(schedule.meetings(ofKind: .sparringMeeting).first)
        #expect(sparring.participants.map(\.rawValue) == ["dl", "amr", "tr", "f2"])
        #expect(sparring.durationMinutes == 60)
        #expect(schedule.meetings(ofKind: .storyMeeting).count == 12)
    }

    @Test func intervalOfTenDays() {
        let schedule = CourseSchedule(configuration: TestConfigurations.oneGroupOutside(count: 4, start: "2026-03-04", interval: 10))
        #expect(dates(schedule, .planningMeeting) == ["2026-03-11"])
        #expect(dates(schedule, .informationMeeting) == ["2026-03-25"])
        #expect(dates(schedule, .storyMeeting) == ["2026-04-08", "2026-04-20", "2026-04-28", "2026-05-08"])
        #expect(dates(schedule, .preMeeting) == ["2026-04-20", "2026-05-11"])
        #expect(dates(schedule, .midwayMeeting) == ["2026-04-23"])
        #expect(dates(schedule, .finalMeeting) == ["2026-05-13"])
        let sameDay = schedule.meetings.filter { $0.date.isoString == "2026-04-20" }.map(\.kind)
        #expect(sameDay == [.storyMeeting, .preMeeting])
    }

    @Test func participantsOfTheSharedMeetings() throws {
        let schedule = CourseSchedule(configuration: TestConfigurations.oneGroupInside())
        let information = try #require(schedule.meetings(ofKind: .informationMeeting).first)
        #expect(information.participants.map(\.rawValue) == ["tm", "dl", "amr", "tr", "a1", "a2", "a3", "a4"])
        let planning = try #require(schedule.meetings(ofKind: .planningMeeting).first)
        #expect(planning.participants.map(\.rawValue) == ["tm", "dl", "amr", "tr"])
        let formation = try #require(schedule.meetings.first)
        #expect(formation.participants.map(\.rawValue) == ["dl"])
        #expect(schedule.meetings(ofKind: .storyMeeting).allSatisfy { $0.workingGroup == "ag1" })
    }

    @Test func queries() throws {
        let schedule = CourseSchedule(configuration: TestConfigurations.oneGroupOutside())
        let next = try #require(schedule.nextMeeting(after: TestConfigurations.date("2026-05-04")))
        #expect(next.kind == .preMeeting && next.date.isoString == "2026-05-07")
        #expect(schedule.nextMeeting(after: TestConfigurations.date("2026-06-22")) == nil)
        #expect(schedule.meetings(of: "tm").map(\.kind) == [.planningMeeting, .informationMeeting, .midwayMeeting, .finalMeeting])
        #expect(schedule.meetings(of: "a1").count == 9)
        #expect(schedule.phase(of: TestConfigurations.date("2026-03-01")) == nil)
        #expect(schedule.phase(of: TestConfigurations.date("2026-03-08")) == .preparation)
        #expect(schedule.phase(of: TestConfigurations.date("2026-03-09")) == .startup)
        #expect(schedule.phase(of: TestConfigurations.date("2026-04-05")) == .startup)
        #expect(schedule.phase(of: TestConfigurations.date("2026-04-06")) == .discussion)
        #expect(schedule.phase(of: TestConfigurations.date("2026-06-21")) == .discussion)
        #expect(schedule.phase(of: TestConfigurations.date("2026-06-22")) == .conclusion)
        #expect(schedule.phase(of: TestConfigurations.date("2026-06-23")) == nil)
    }

    @Test(arguments: 1...8)
    func everyCountGivesOrderedWorkdayMeetings(count: Int) {
        let schedule = CourseSchedule(configuration: TestConfigurations.twoGroups().with(count: count))
        #expect(schedule.meetings.allSatisfy { !$0.date.isWeekend })
        #expect(zip(schedule.meetings, schedule.meetings.dropFirst()).allSatisfy { $0.date <= $1.date })
        #expect(schedule.meetings.last?.kind == .finalMeeting)
        #expect(schedule.meetings(ofKind: .storyMeeting).count == 2 * count)
        #expect(schedule.meetings(ofKind: .sparringMeeting).count == (count == 1 ? 1 : 2))
    }
}

extension CourseConfiguration {
    func with(count: Int) -> CourseConfiguration {
        var copy = self
        copy.storyMeetingCount = count
        return copy
    }
}
