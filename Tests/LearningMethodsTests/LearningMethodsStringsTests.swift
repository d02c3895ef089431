import DocumentTree
import ForebygCore
import Testing
@testable import LearningMethods

@Suite struct LearningMethodsStringsTests {
    @Test(arguments: Language.allCases)
    func everyEnumeratedLabelIsNonEmpty(language: Language) {
        let strings = LearningMethodsStrings.for(language)
        #expect(LA2PlanKind.allCases.allSatisfy { !(strings.planTitles[$0]?.citizen ?? "").isEmpty && !(strings.planTitles[$0]?.professionals ?? "").isEmpty })
        #expect(LA2PlanKind.allCases.allSatisfy { !strings.planNames($0).isEmpty })
        #expect(LA2Section.allCases.allSatisfy { !strings.sections($0).isEmpty })
        #expect(EpisodePhase.allCases.allSatisfy { !strings.phases($0).isEmpty })
        #expect(ConferenceOccasion.allCases.allSatisfy { !strings.occasions($0).isEmpty })
        #expect(ConferenceRole.allCases.allSatisfy { !strings.roles($0).isEmpty })
        #expect(CardState.allCases.allSatisfy { !strings.cardStates($0).isEmpty })
        #expect(StoryContinuation.allCases.allSatisfy { !strings.continuations($0).isEmpty })
    }

    @Test(arguments: LA2PlanKind.allCases, LA2Audience.allCases)
    func planTitlesAreTranslated(kind: LA2PlanKind, audience: LA2Audience) {
        let danish = LA2Plan.blank(kind, for: audience).document(in: .danish).metadata.title
        let english = LA2Plan.blank(kind, for: audience).document(in: .english).metadata.title
        #expect(danish != english)
        #expect(english.hasPrefix(audience == .citizen ? "My " : "") && english.contains(audience == .citizen ? "plan" : "for professionals"))
    }

    @Test(arguments: LearningExamples.all.map(\.name))
    func headingsDifferBetweenLanguages(name: String) {
        let example = TestSupport.example(name)
        let danish = example.document(in: .danish)
        let english = example.document(in: .english)
        #expect(danish.metadata.title != english.metadata.title)
        #expect(danish.tables.map { $0.columns.map(\.key) } == english.tables.map { $0.columns.map(\.key) })
        #expect(danish.metadata.slug == english.metadata.slug)
    }
}
