import DocumentTree
import ForebygCore
import Testing

/// `Language` moved from ForebygCore down to DocumentTree, and ForebygCore declares no second
/// name for it: a file that imports both modules writes `Language` in every position without
/// ambiguity. This file compiling is the check — a parameterized test expands to
/// `(Language).self`, and `[Language]()` is an expression, the two places where a ForebygCore
/// typealias of the same name was ambiguous.
@Suite struct LanguageImportTests {
    @Test(arguments: Language.allCases)
    func everyLanguageFormatsDatesThroughForebygCore(language: Language) {
        let date: CalendarDate = "2026-05-04"
        var languages = [Language]()
        languages.append(language)
        #expect(languages.map { date.formatted(in: $0) } == [date.formatted(in: language)])
        #expect(!language.decimalSeparator.isEmpty)
    }
}
