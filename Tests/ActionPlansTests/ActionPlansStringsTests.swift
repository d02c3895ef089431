import ForebygCore
import Testing
@testable import ActionPlans

/// Every enumerated label exists in both languages (the dictionaries' fallbacks are never used).
@Suite struct ActionPlansStringsTests {
    @Test(arguments: Language.allCases)
    func everyCaseHasALabel(language: Language) {
        let strings = ActionPlansStrings.for(language)
        #expect(Set(strings.statuses.keys) == Set(MeasureStatus.allCases))
        #expect(Set(strings.roles.keys) == Set(PlanAuthor.Role.allCases))
        #expect(Set(strings.intervals.keys) == Set(Timing.Interval.allCases))
        #expect(Set(strings.stages.keys) == Set(Proposal.Stage.allCases))
        #expect(Set(strings.meetings.keys) == Set(Proposal.DecisionMeeting.allCases))
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
