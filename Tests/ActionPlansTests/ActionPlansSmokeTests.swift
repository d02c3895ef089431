import Testing
@testable import ActionPlans

@Suite struct ActionPlansSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
