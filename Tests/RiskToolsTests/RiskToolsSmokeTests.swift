import Testing
@testable import RiskTools

@Suite struct RiskToolsSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
