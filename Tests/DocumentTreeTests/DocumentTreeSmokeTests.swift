import Testing
@testable import DocumentTree

@Suite struct DocumentTreeSmokeTests {
    @Test func moduleLoads() {
        #expect(Bool(true))
    }
}
