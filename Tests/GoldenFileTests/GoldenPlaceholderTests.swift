import Testing

@Suite struct GoldenPlaceholderTests {
    @Test func placeholder() {
        #expect(Bool(true))
    }
}
