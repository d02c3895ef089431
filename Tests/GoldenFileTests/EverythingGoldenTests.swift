import DocumentRendering
import DocumentTree
import Testing

@Suite struct EverythingGoldenTests {
    @Test func everythingMatchesItsGoldenFiles() {
        assertMatchesGoldenFiles(for: EverythingDocument.document, baseName: "everything")
        // The CI check for Markdown proves that these paragraphs read back exactly through pandoc.
        assertMatchesGolden(EverythingDocument.hostile, named: "everything-roundtrip-hostile.txt")
        assertMatchesGolden(EverythingDocument.lineStarts, named: "everything-roundtrip-line-starts.txt")
    }

    @Test func everythingHasAFileForEveryFormat() {
        let names = GoldenFile.files(for: EverythingDocument.document, baseName: "everything").map(\.name)
        #expect(names.contains("everything.md"))
        #expect(names.contains("everything.html"))
        #expect(names.contains("everything-rfc4180-status.csv"))
        #expect(names.contains("everything-danishExcel-fields.csv"))
        #expect(names.contains("everything-danishExcel-broset-score.csv"))
    }

    @Test func lineDiffShowsTheDifferingLines() {
        #expect(lineDiff(expected: "a\nb\nc", actual: "a\nx\nc") == "2 - b\n2 + x")
    }
}
