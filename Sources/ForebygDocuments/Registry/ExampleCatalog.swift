import ActionPlans
import CourseModel
public import ForebygCore
import IncidentAnalysis
import LearningMethods
import RiskTools

/// Every module's built-in examples, as values (the `forebyg example` subcommand writes them as JSON and renders them).
public enum ExampleCatalog {
    /// The examples of every module, each with its module's folder name (for example `plans`).
    public static var all: [(module: String, name: String, document: any VersionedDocument)] {
        let modules: [(String, [(name: String, document: any VersionedDocument)])] = [
            ("course", CourseExamples.all),
            ("plans", PlanExamples.all),
            ("risk", RiskExamples.all),
            ("incidents", IncidentExamples.all),
            ("learning", LearningExamples.all),
        ]
        return modules.flatMap { module, examples in examples.map { (module, $0.name, $0.document) } }
    }
}
