#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ActionPlans
import ForebygCore
import Testing

/// Locates and reads the checked-in fixtures; with `FOREBYG_RECORD_FIXTURES=1` it writes them instead.
enum FixtureSupport {
    /// The fixture folder beside this file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The URL of a fixture by name (without `.json`).
    static func url(_ name: String) -> URL {
        folder.appendingPathComponent("\(name).json")
    }

    /// The bytes of a fixture, recording `expected` first when recording is on.
    static func data(_ name: String, recording expected: Data) throws -> Data {
        if ProcessInfo.processInfo.environment["FOREBYG_RECORD_FIXTURES"] == "1" {
            try expected.write(to: url(name))
        }
        return try Data(contentsOf: url(name))
    }

    /// The repository's root folder.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
