import Foundation

/// Whether a test run records its reference files instead of comparing with them.
///
/// One variable for every kind of reference file (golden files, fixtures, schema files):
/// `FOREBYG_RECORD=1 swift test --filter SUITE` rewrites the files the chosen tests compare with.
/// Record only what you change on purpose, and review the diff.
public enum Recording {
    /// The environment variable that turns recording on when it is `1`.
    public static let variable = "FOREBYG_RECORD"

    /// Whether `FOREBYG_RECORD=1` is set.
    public static var isOn: Bool {
        ProcessInfo.processInfo.environment[variable] == "1"
    }
}
