import Testing
@testable import ForebygCommandLine

@Suite struct ICalendarTextTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a;b,c", "a\\;b\\,c"),
        ("back\\slash", "back\\\\slash"),
        ("one\ntwo\r\nthree\rfour", "one\\ntwo\\nthree\\nfour"),
        ("kolon: ok", "kolon: ok"),
        ("æøå ÆØÅ", "æøå ÆØÅ"),
        ("tab\there, bell\u{07}, delete\u{7F}", "tab\there\\, bell \\, delete "),
    ])
    func escapesText(_ input: String, _ expected: String) {
        #expect(ICalendarText.escape(input) == expected)
    }

    @Test func leavesShortLinesWhole() {
        let line = String(repeating: "x", count: 75)
        #expect(ICalendarText.fold(line) == line + "\r\n")
    }

    @Test func foldsAt75OctetsWithALeadingSpace() {
        let folded = ICalendarText.fold(String(repeating: "x", count: 200))
        let lines = folded.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.map(\.utf8.count) == [75, 75, 52])
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(folded.hasSuffix("\r\n"))
        #expect(unfold(folded) == String(repeating: "x", count: 200))
    }

    @Test(arguments: 1...80)
    func neverSplitsAMultibyteCharacter(_ prefixLength: Int) {
        let line = String(repeating: "a", count: prefixLength) + String(repeating: "ø", count: 60) + "👩‍⚕️ sygeplejerske"
        let folded = ICalendarText.fold(line)
        let lines = folded.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.allSatisfy { String(validating: $0.utf8, as: UTF8.self) != nil })
        #expect(unfold(folded) == line)
    }

    @Test func quotesParameterValuesThatNeedIt() {
        #expect(ICalendarText.parameterValue("Tovholder") == "Tovholder")
        #expect(ICalendarText.parameterValue("AMR, TR") == "\"AMR, TR\"")
        #expect(ICalendarText.parameterValue("Søren \"S\" Ø") == "Søren 'S' Ø")
        #expect(ICalendarText.parameterValue("a\nb") == "a b")
    }

    /// RFC 5545 §3.1 unfolding: remove every CRLF followed by one space, then the final CRLF.
    private func unfold(_ text: String) -> String {
        String(text.replacing("\r\n ", with: "").dropLast())  // "\r\n" is one Character
    }
}
