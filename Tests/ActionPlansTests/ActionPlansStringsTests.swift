import DocumentTree
import ForebygCore
import Testing
@testable import ActionPlans

/// Every enumerated label is distinct in both languages (each is an exhaustive switch, so none can be missing).
@Suite struct ActionPlansStringsTests {
    @Test(arguments: Language.allCases)
    func everyCaseHasALabel(language: Language) {
        let strings = ActionPlansStrings.for(language)
        #expect(Set(MeasureStatus.allCases.map(strings.statuses)).count == MeasureStatus.allCases.count)
        #expect(Set(PlanAuthor.Role.allCases.map(strings.roles)).count == PlanAuthor.Role.allCases.count)
        #expect(Set(Timing.Interval.allCases.map(strings.intervals)).count == Timing.Interval.allCases.count)
        #expect(Set(Proposal.Stage.allCases.map(strings.stages)).count == Proposal.Stage.allCases.count)
        #expect(Set(Proposal.DecisionMeeting.allCases.map(strings.meetings)).count == Proposal.DecisionMeeting.allCases.count)
    }

    @Test(arguments: MeasureStatus.allCases)
    func statusLabelsDifferByLanguageAndAreUnique(status: MeasureStatus) {
        let danish = status.label(in: .danish)
        #expect(MeasureStatus.allCases.filter { $0.label(in: .danish) == danish } == [status])
        #expect(MeasureStatus.allCases.filter { $0.label(in: .english) == status.label(in: .english) } == [status])
    }

    @Test func seedStatusWordsAreInTheVocabulary() {
        let danish = Set(MeasureStatus.allCases.map { $0.label(in: .danish) })
        for word in ["implementeret", "i gang", "under udarbejdelse", "revideret og afventer godkendelse", "rekruttering i gang"] {
            #expect(danish.contains(word), "\(word)")
        }
    }
}
