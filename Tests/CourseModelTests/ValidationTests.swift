import ForebygCore
import Testing
@testable import CourseModel

@Suite struct ValidationTests {
    private func codes(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.severity.rawValue) \($0.code) \($0.path)" }
    }

    @Test func theExamplesAreClean() {
        #expect(CourseExamples.courseConfiguration.validate().isEmpty)
        #expect(TestConfigurations.oneGroupOutside().validate().isEmpty)
        #expect(TestConfigurations.twoGroups().validate().isEmpty)
    }

    @Test func rolesAreDerivedFromTheConfiguration() {
        let example = CourseExamples.courseConfiguration
        #expect(example.roles(of: "p-lene") == [.implementationGroup, .facilitator, .workingGroup])
        #expect(example.roles(of: "p-mads") == [.dailyManager, .implementationGroup])
        #expect(example.roles(of: "p-camilla") == [.scribe, .workingGroup])
        #expect(example.people(in: .facilitator).map(\.rawValue) == ["p-lene", "p-freja"])
        #expect(example.people(in: .otherEmployees).isEmpty)
    }

    @Test func facilitatorErrors() {
        var configuration = TestConfigurations.twoGroups()
        configuration.workingGroups[0].facilitators = []
        configuration.workingGroups[1].facilitators = ["f2", "b1", "b9"]
        #expect(
            codes(configuration.validate()) == [
                "error course.unknownPerson $.workingGroups[1].facilitators[2]",
                "error course.noFacilitator $.workingGroups[0].facilitators",
                "error course.tooManyFacilitators $.workingGroups[1].facilitators",
                "error course.facilitatorNotMember $.workingGroups[1].facilitators[2]",
            ])
    }

    @Test func facilitatorOutsideTheGroup() {
        var configuration = TestConfigurations.twoGroups()
        configuration.workingGroups[0].facilitators = ["f2"]
        #expect(codes(configuration.validate()) == ["error course.facilitatorNotMember $.workingGroups[0].facilitators[0]"])
    }

    @Test func twoFacilitatorsAreAllowed() {
        var configuration = TestConfigurations.twoGroups()
        configuration.workingGroups[1].facilitators = ["f2", "b1"]
        #expect(configuration.validate().isEmpty)
    }

    @Test func impossiblePlaces() {
        var configuration = TestConfigurations.twoGroups()
        configuration.workingGroups[1].members.append("a1")
        configuration.workingGroups[0].members.append("a2")
        configuration.workingGroups[0].scribe = "b1"
        #expect(
            codes(configuration.validate()) == [
                "error course.duplicateMember $.workingGroups[0].members[4]",
                "error course.scribeNotMember $.workingGroups[0].scribe",
                "error course.personInSeveralWorkingGroups $.workingGroups[1].members[5]",
            ])
    }

    @Test func topManagerInAGroup() {
        var configuration = TestConfigurations.twoGroups()
        configuration.implementationGroup.append(ImplementationGroupMember(person: "tm"))
        configuration.workingGroups[0].members.append("tm")
        #expect(
            codes(configuration.validate()) == [
                "error course.topManagerInGroup $.implementationGroup[3].person",
                "error course.topManagerInGroup $.workingGroups[0].members[4]",
            ])
    }

    @Test func duplicateAndUnknownIds() {
        var configuration = TestConfigurations.twoGroups()
        configuration.people.append(Person(id: "a1", displayName: "Another"))
        configuration.workingGroups[1].id = "ag1"
        configuration.topManager = "nobody"
        configuration.implementationGroup[2].person = "ghost"
        #expect(
            codes(configuration.validate()) == [
                "error course.duplicatePersonID $.people[12].id",
                "error course.duplicateWorkingGroupID $.workingGroups[1].id",
                "error course.unknownPerson $.topManager",
                "error course.unknownPerson $.implementationGroup[2].person",
            ])
    }

    @Test func dailyManagerRules() {
        var configuration = TestConfigurations.twoGroups()
        configuration.implementationGroup[0].positions = []
        #expect(codes(configuration.validate()) == ["error course.noDailyManager $.implementationGroup"])
        configuration.implementationGroup[0].positions = [.dailyManager]
        configuration.implementationGroup[2].positions = [.dailyManager, .unionRepresentative]
        #expect(codes(configuration.validate()) == ["error course.severalDailyManagers $.implementationGroup[2].positions"])
    }

    @Test func countAndIntervalErrors() {
        let configuration = TestConfigurations.oneGroupOutside(count: 0, interval: 0)
        #expect(
            codes(configuration.validate()) == [
                "error course.storyMeetingCountOutOfBounds $.storyMeetingCount", "error course.intervalOutOfBounds $.intervalDays",
            ])
        #expect(configuration.validate().containsErrors)
    }

    @Test func recommendationsAreWarnings() {
        var configuration = TestConfigurations.oneGroupOutside(count: 3, interval: 28)
        configuration.implementationGroup = [ImplementationGroupMember(person: "dl", positions: [.dailyManager])]
        configuration.workingGroups[0].members = ["f", "a1"]
        let diagnostics = configuration.validate()
        #expect(!diagnostics.containsErrors)
        #expect(
            codes(diagnostics) == [
                "warning course.noSafetyRepresentative $.implementationGroup",
                "warning course.noUnionRepresentative $.implementationGroup",
                "warning course.workingGroupSize $.workingGroups[0].members",
                "warning course.fewStoryMeetings $.storyMeetingCount",
                "warning course.unusualInterval $.intervalDays",
            ])
    }

    @Test(arguments: [(2, true), (3, false), (8, false), (9, true)])
    func groupSizeBoundaries(size: Int, warns: Bool) {
        var configuration = TestConfigurations.oneGroupOutside()
        let ids = (1...size).map { PseudonymousReference("m\($0)") }
        configuration.people += TestConfigurations.people(ids.map(\.rawValue))
        configuration.workingGroups[0].members = ids
        configuration.workingGroups[0].facilitators = [ids[0]]
        #expect(configuration.validate().contains { $0.code == .courseWorkingGroupSize } == warns)
    }

    @Test(arguments: [(9, true), (10, false), (14, false), (18, false), (19, true)])
    func intervalBoundaries(interval: Int, warns: Bool) {
        let configuration = TestConfigurations.oneGroupOutside(interval: interval)
        #expect(configuration.validate().contains { $0.code == .courseUnusualInterval } == warns)
    }

    @Test func noWorkingGroup() {
        var configuration = TestConfigurations.oneGroupOutside()
        configuration.workingGroups = []
        #expect(codes(configuration.validate()) == ["error course.noWorkingGroup $.workingGroups"])
    }

    @Test func anInvalidConfigurationStillSchedules() {
        let schedule = CourseSchedule(configuration: TestConfigurations.oneGroupOutside(count: 0, interval: 0))
        #expect(schedule.meetings(ofKind: .storyMeeting).map(\.durationMinutes) == [180])
        #expect(schedule.meetings.allSatisfy { !$0.date.isWeekend })
    }
}
