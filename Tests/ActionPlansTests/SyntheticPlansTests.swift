#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DocumentTree
import ForebygCore
import ForebygTestSupport
import Testing
@testable import ActionPlans

@Suite struct SyntheticPlansTests {
    @Test func splitMix64MatchesTheReferenceSequence() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func sameSeedGivesTheSamePlans() {
        let first = SyntheticPlans.workplacePlans(count: 20, seed: 42)
        #expect(first == SyntheticPlans.workplacePlans(count: 20, seed: 42))
        #expect(first != SyntheticPlans.workplacePlans(count: 20, seed: 43))
        #expect(first.count == 20)
        #expect(SyntheticPlans.workplacePlans(count: 0, seed: 1).isEmpty)
    }

    @Test func plansHaveTenToFifteenRowsAndAreValid() {
        for plan in SyntheticPlans.workplacePlans(count: 50, seed: 7) {
            #expect((10...15).contains(plan.rows.count))
            #expect(!plan.validate().containsErrors, "\(plan.validate())")
        }
    }

    @Test func textIsHostile() {
        let text = SyntheticPlans.workplacePlans(count: 30, seed: 1).flatMap(\.rows).flatMap { row in
            [row.focusArea, row.whatHowWhen, row.goal] + row.responsible + row.statusHistory.compactMap(\.note)
        }.joined(separator: "\u{1}")
        for needle in ["æ", "ø", "å", "<", "&", "\"", "|", "\\", "\n", "\u{1}-", "\u{1}="] {
            #expect(text.contains(needle), "missing \(needle.debugDescription)")
        }
    }

    @Test func plansRoundTripThroughJSON() throws {
        for plan in SyntheticPlans.workplacePlans(count: 5, seed: 9) {
            let data = try DocumentCodec.encode(plan)
            #expect(try DocumentCodec.decode(WorkplaceActionPlan.self, from: data) == plan)
        }
    }
}

/// A plan from the peer baseline's generator, converted by `Benchmarks/convert-peer-plans.py`.
@Suite struct ConvertedPeerPlanTests {
    @Test func convertedPeerPlanDecodesAndValidates() throws {
        let data = try Data(contentsOf: RepositoryFiles.fixture("peer-plan-000001", ofModule: "ActionPlans"))
        let plan = try DocumentCodec.decode(WorkplaceActionPlan.self, from: data)
        #expect(plan.rows.count >= 8)
        #expect(plan.rows.allSatisfy { $0.responsible.count == 1 && $0.statusHistory.count == 1 })
        #expect(!plan.validate().containsErrors)
        let table = plan.document(in: .danish).tables.first { $0.name == "action-plan" }
        #expect(table?.rows.count == plan.rows.count)
    }
}
