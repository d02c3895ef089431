import ForebygTestSupport
import Testing

/// Compares `bytes` with `Tests/GoldenFileTests/Golden/<name>`, the golden-file folder the CI
/// checks read, or writes them there when `FOREBYG_RECORD=1`.
func assertMatchesWordGolden(_ bytes: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectMatchesFile(bytes, at: RepositoryFiles.golden(name), sourceLocation: sourceLocation)
}
