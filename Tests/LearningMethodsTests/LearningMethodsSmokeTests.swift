import Testing
@testable import LearningMethods

@Suite struct LearningMethodsSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
