public import ForebygCore

/// The module's built-in examples, built on seed 002 (the tools) and seed 003 (the BVC schedule),
/// with pseudonymous citizens. The command-line tool's `example` command and the golden-file tests use them.
public enum RiskExamples {
    /// Every example with its kebab-case file stem.
    public static var all: [(name: String, document: any VersionedDocument)] {
        [
            ("seed-002-bvc-week", bvcWeek),
            ("seed-002-mestringsskema", mestringsskema),
            ("seed-002-episode-reflection", episodeReflection),
            ("seed-002-fit-series", fitSeries),
        ]
    }
}
