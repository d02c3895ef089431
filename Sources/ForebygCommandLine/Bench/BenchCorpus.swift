#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ActionPlans
import ForebygCore
import ForebygDocuments

/// The documents `forebyg bench` renders: synthetic workplace handleplaner with a fixed seed,
/// so that every run measures the same work, or the plans in a folder of JSON files.
enum BenchCorpus {
    /// The seed of the synthetic plans.
    static let seed: UInt64 = 2026

    /// `count` synthetic plans.
    static func plans(count: Int) -> [WorkplaceActionPlan] {
        SyntheticPlans.workplacePlans(count: count, seed: seed)
    }

    /// The workplace action plans in a folder's `*.json` files (not timed), and the same files as
    /// batch inputs; `nil` after reporting a file that is not a valid workplace action plan.
    static func load(from folder: String, console: Console) -> (plans: [WorkplaceActionPlan], inputs: [InputFile])? {
        let inputs = InputCollector(readStandardInput: { Data() }).collect([folder])
        var plans: [WorkplaceActionPlan] = []
        for input in inputs {
            let loaded = input.load(with: .standard)
            guard let plan = loaded.value as? WorkplaceActionPlan, !loaded.diagnostics.containsErrors else {
                console.printError("\(input.displayPath): not a valid workplace-action-plan")
                return nil
            }
            plans.append(plan)
        }
        console.print("input: \(inputs.count) JSON files")
        return (plans, inputs)
    }
}
