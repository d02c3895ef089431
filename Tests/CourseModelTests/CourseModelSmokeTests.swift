import Testing
@testable import CourseModel

@Suite struct CourseModelSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
