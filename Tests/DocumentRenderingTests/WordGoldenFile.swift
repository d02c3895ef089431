import Foundation
import Testing

/// Compares `bytes` with `Tests/GoldenFileTests/Golden/<name>`, the golden-file folder the CI
/// checks read, or writes them there when `FOREBYG_RECORD_GOLDEN=1`.
func assertMatchesWordGolden(_ bytes: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../GoldenFileTests/Golden").appendingPathComponent(name).standardizedFileURL
    if ProcessInfo.processInfo.environment["FOREBYG_RECORD_GOLDEN"] == "1" {
        try Data(bytes).write(to: url)
        return
    }
    let expected = try #require(try? Data(contentsOf: url), "missing golden file \(name)", sourceLocation: sourceLocation)
    #expect(Array(expected) == bytes, "\(name) differs from its golden file", sourceLocation: sourceLocation)
}
