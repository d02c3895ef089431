import DocumentTree
import ForebygCore
import Testing
@testable import CourseModel

@Suite struct HoursBudgetTests {
    @Test func oneGroupFacilitatorOutsideTheImplementationGroup() {
        let budget = HoursBudget(configuration: TestConfigurations.oneGroupOutside())
        // tm: planning 180 + information 90 + midway 90 + final 150
        #expect(budget.minutes(for: "tm") == 510)
        // dl: forming 60 + reading 180 + planning 180 + information 90 + 2 formøder 180 + midway 90 + final 150 + preparation 90
        #expect(budget.minutes(for: "dl") == 1020)
        #expect(budget.minutes(for: "amr") == 960)
        #expect(budget.minutes(for: "tr") == 960)
        // a member: information 90 + PF 180 + 4 × 120 + 150 + midway 90 + final 150
        #expect(budget.minutes(for: "a1") == 1140)
        // the facilitator: a member's hours + reading 180
        #expect(budget.minutes(for: "f") == 1320)
        #expect(budget.totalMinutes == 9330)
        #expect(CoursePhase.allCases.map { budget.minutes(in: $0) } == [600, 1710, 5400, 1620])
        #expect(budget.minutes(for: .topManager) == 510)
        #expect(budget.minutes(for: .dailyManager) == 60)
        #expect(budget.minutes(for: .implementationGroup) == 2880)
        #expect(budget.minutes(for: .facilitator) == 180)
        #expect(budget.minutes(for: .workingGroup) == 5700)
        #expect(budget.minutes(for: "f", in: .startup) == 270)
    }

    @Test func facilitatorInsideTheImplementationGroupDoesNotReadTwice() {
        let budget = HoursBudget(configuration: TestConfigurations.oneGroupInside())
        // amr: implementation group 960 + the six story meetings 810
        #expect(budget.minutes(for: "amr") == 1770)
        #expect(budget.minutes(for: .facilitator) == 0)
        #expect(budget.totalMinutes == 510 + 1020 + 960 + 1770 + 4 * 1140)
    }

    @Test func fourStoryMeetings() {
        let budget = HoursBudget(configuration: TestConfigurations.oneGroupInside(count: 4))
        // story meetings 180 + 120 + 120 + 150 = 570
        #expect(budget.minutes(for: "amr") == 960 + 570)
        #expect(budget.minutes(for: "a1") == 90 + 570 + 90 + 150)
        #expect(budget.totalMinutes == 7620)
    }

    @Test func twoGroupsAddSparringHours() {
        let budget = HoursBudget(configuration: TestConfigurations.twoGroups())
        #expect(budget.minutes(for: "dl") == 1140)
        #expect(budget.minutes(for: "tr") == 1080)
        #expect(budget.minutes(for: "amr") == 960 + 810 + 120)
        #expect(budget.minutes(for: "f2") == 1140 + 180 + 120)
        #expect(budget.minutes(for: "b1") == 1140)
        #expect(budget.totalMinutes == 14040)
        #expect(budget.minutes(for: .facilitator) == 180 + 60 * 2)
    }

    @Test(arguments: [TestConfigurations.oneGroupOutside(), TestConfigurations.twoGroups(), CourseExamples.courseConfiguration])
    func everyBreakdownSumsToTheTotal(configuration: CourseConfiguration) {
        let budget = HoursBudget(configuration: configuration)
        #expect(budget.people.reduce(0) { $0 + budget.minutes(for: $1) } == budget.totalMinutes)
        #expect(CourseRole.allCases.reduce(0) { $0 + budget.minutes(for: $1) } == budget.totalMinutes)
        #expect(CoursePhase.allCases.reduce(0) { $0 + budget.minutes(in: $1) } == budget.totalMinutes)
    }

    @Test func theExampleCourse() {
        let budget = HoursBudget(configuration: CourseExamples.courseConfiguration)
        // Birgit 510; Mads 1020 + 120 sparring; Lene 960 + 810 + 120; Jonas 960 + 120;
        // Freja 1140 + 180 + 120; eight other members 1140 each.
        #expect(budget.minutes(for: "p-birgit") == 510)
        #expect(budget.minutes(for: "p-mads") == 1140)
        #expect(budget.minutes(for: "p-lene") == 1890)
        #expect(budget.minutes(for: "p-jonas") == 1080)
        #expect(budget.minutes(for: "p-freja") == 1440)
        #expect(budget.minutes(for: "p-camilla") == 1140)
        #expect(budget.totalMinutes == 510 + 1140 + 1890 + 1080 + 1440 + 8 * 1140)
    }

    @Test func hoursAreFormattedExactly() {
        #expect(CourseModelStrings.for(.danish).hours(150) == "2,5")
        #expect(CourseModelStrings.for(.english).hours(90) == "1.5")
        #expect(CourseModelStrings.for(.danish).hours(9330) == "155,5")
        #expect(CourseModelStrings.for(.danish).hours(20) == "0,33")
        #expect(CourseModelStrings.for(.danish).hours(45) == "0,75")
        #expect(CourseModelStrings.for(.danish).hours(120) == "2")
    }
}
