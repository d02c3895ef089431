public import ForebygCore

/// The module's built-in examples, built from seed 002's own cases (Vold som Udtryksform 2019):
/// Kragelund's plans for "Ellen" (whose name the seed says is invented), Albertslund's
/// beboerkonference as part of an incident analysis, and the board at Sct. Hans, plus blank forms.
public enum LearningExamples {
    /// Every example with its fixture name (the kebab-case file stem of its golden JSON file).
    public static var all: [(name: String, document: any VersionedDocument)] {
        [
            ("seed-002-kragelund-ellen-laeringsplan", ellenLearningPlan),
            ("seed-002-kragelund-ellen-trivselsplan", ellenWellBeingPlan),
            ("seed-002-min-laeringsplan-blank", LA2Plan.blank(.learning, for: .citizen)),
            ("seed-002-albertslund-beboerkonference", albertslundConference),
            ("seed-002-beboerkonference-blank", ResidentConference.blank),
            ("seed-002-sct-hans-tavlemoede", sctHansBoardMeeting),
            ("seed-002-praksisfortaelling-blank", PracticeStory.blank),
        ]
    }

    /// The workplace of the LA2 case.
    static let kragelund = "Botilbuddet Kragelund"
}
