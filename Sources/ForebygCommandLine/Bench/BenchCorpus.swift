import ActionPlans
import ForebygCore

/// The documents `forebyg bench` renders: synthetic workplace handleplaner with a fixed seed,
/// so that every run measures the same work.
enum BenchCorpus {
    /// The seed of the synthetic plans.
    static let seed: UInt64 = 2026

    /// `count` synthetic plans.
    static func plans(count: Int) -> [WorkplaceActionPlan] {
        SyntheticPlans.workplacePlans(count: count, seed: seed)
    }
}
