import ForebygCore
import Testing
@testable import ForebygCore

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("", "", 0), ("a", "", 1), ("", "abc", 3), ("kitten", "sitting", 3),
        ("render", "render", 0), ("rendr", "render", 1), ("flaw", "lawn", 2), ("æble", "able", 1),
    ])
    func computesLevenshteinDistance(_ a: String, _ b: String, _ expected: Int) {
        #expect(Suggestion.editDistance(a, b) == expected)
        #expect(Suggestion.editDistance(b, a) == expected)
    }

    @Test(arguments: [
        ("rendr", "render"), ("valdiate", "validate"), ("shema", "schema"), ("exmaple", "example"), ("--fromat", "--format"),
    ])
    func suggestsTheClosestCandidate(_ typo: String, _ expected: String) {
        let candidates = ["render", "validate", "schema", "example", "course", "bench", "--format", "--out"]
        #expect(Suggestion.closest(to: typo, among: candidates) == expected)
    }

    @Test func suggestsNothingWhenNothingIsClose() {
        #expect(Suggestion.closest(to: "zzzzzz", among: ["render", "validate"]) == nil)
        #expect(Suggestion.closest(to: "x", among: []) == nil)
    }

    @Test func prefersTheEarlierCandidateOnATie() {
        #expect(Suggestion.closest(to: "bat", among: ["cat", "hat"]) == "cat")
    }
}
