import DocumentTree
import ForebygCore
import Testing
import IncidentAnalysis

/// The incident vocabularies have a public label in both languages, one per case.
@Suite struct VocabularyLabelTests {
    @Test(arguments: Language.allCases)
    func everyCaseHasItsOwnLabel(language: Language) {
        #expect(Set(IncidentCategory.allCases.map { $0.label(in: language) }).count == IncidentCategory.allCases.count)
        #expect(Set(IncidentForm.allCases.map { $0.label(in: language) }).count == IncidentForm.allCases.count)
        #expect(Set(IncidentConsequence.allCases.map { $0.label(in: language) }).count == IncidentConsequence.allCases.count)
        #expect(IncidentCategory.allCases.allSatisfy { !$0.label(in: language).isEmpty })
    }

    @Test func labelsAreTranslated() {
        #expect(IncidentCategory.physicalViolence.label(in: .danish) != IncidentCategory.physicalViolence.label(in: .english))
        #expect(Weekday.monday.label(in: .danish) == "mandag")
    }
}
