import Testing
@testable import ActionPlans

@Suite struct PlanRulesTests {
    /// The first-byte answer agrees with a character-by-character test, for texts that start
    /// with ASCII, with Unicode whitespace, and with combining marks.
    @Test(arguments: [
        ("", true), (" ", true), ("\t\n\r\u{0B}\u{0C}", true), ("\r\n", true), ("\u{00A0}", true), ("\u{2003}\u{3000}", true), ("\u{85}", true), ("\u{1C}", false),
        ("a", false), (" a", false), ("\u{00A0}x", false), ("é", false), ("e\u{301}", false), ("\u{301}", false), ("-", false),
    ])
    func blankTextIsEmptyOrOnlyWhitespace(_ text: String, _ isBlank: Bool) {
        #expect(PlanRules.isBlank(text) == isBlank)
        #expect(PlanRules.isBlank(text) == text.allSatisfy(\.isWhitespace))
    }
}
