import Testing
@testable import ForebygCore

@Suite struct UTF8TextBuilderTests {
    @Test func keepsTextExactly() {
        var text = UTF8TextBuilder(capacity: 4)
        let pieces = ["æøå", "", "<&\"|*>", "e\u{301}", "\r\n", "🇩🇰", String(repeating: "x", count: 100), String(Int.min)]
        for piece in pieces { text.append(piece) }
        #expect(text.text == pieces.joined())
        #expect(UTF8TextBuilder(capacity: 0).text == "")
    }
}
