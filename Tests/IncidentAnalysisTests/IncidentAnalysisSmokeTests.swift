import Testing
@testable import IncidentAnalysis

@Suite struct IncidentAnalysisSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
