public import ForebygCore

/// The seeds' example plans and proposal as Swift values, verbatim Danish.
///
/// The command-line tool's `example` command and the golden-file tests use ``all``; each name is
/// the stem of the example's fixture file.
public enum PlanExamples {
    /// Every example, by fixture name.
    public static var all: [(name: String, document: any VersionedDocument)] {
        [
            ("seed-000-forslag-alenearbejde", seed000Proposal),
            ("seed-003-handleplan", seed003WorkplacePlan),
            ("seed-004-borgerhandleplan", seed004CitizenPlan),
            ("seed-001-trivselsgruppe", seed001WellbeingGroupPlan),
        ]
    }
}
