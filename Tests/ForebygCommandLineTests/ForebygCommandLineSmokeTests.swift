import Testing
@testable import ForebygCommandLine

@Suite struct ForebygCommandLineSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
