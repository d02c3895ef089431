import ForebygTestSupport
import Testing

/// The diff a golden-file mismatch shows: unified, by `CollectionDifference`, with context.
@Suite struct UnifiedDiffTests {
    static let ten = (1...10).map { "line \($0)" }.joined(separator: "\n")

    @Test func oneInsertedLineIsOneAddedLineWithContext() {
        let actual = Self.ten.replacing("line 5\n", with: "line 5\nnew\n")
        #expect(UnifiedDiff(expected: Self.ten, actual: actual).text() == """
            @@ -3,6 +3,7 @@
             line 3
             line 4
             line 5
            +new
             line 6
             line 7
             line 8
            """)
    }

    @Test func aChangedLineIsRemovedThenAdded() {
        #expect(UnifiedDiff(expected: "a\nb\nc", actual: "a\nx\nc").text(context: 1) == "@@ -1,3 +1,3 @@\n a\n-b\n+x\n c")
    }

    @Test func distantChangesAreSeparateHunksWithTheirLineNumbers() {
        let actual = Self.ten.replacing("line 1\n", with: "").replacing("line 10", with: "line ten")
        #expect(UnifiedDiff(expected: Self.ten, actual: actual).text(context: 1) == """
            @@ -1,2 +1,1 @@
            -line 1
             line 2
            @@ -9,2 +8,2 @@
             line 9
            -line 10
            +line ten
            """)
    }

    @Test func nearbyChangesShareOneHunk() {
        let actual = Self.ten.replacing("line 3", with: "three").replacing("line 6", with: "six")
        let text = UnifiedDiff(expected: Self.ten, actual: actual).text(context: 1)
        #expect(text.hasPrefix("@@ -2,6 +2,6 @@\n line 2\n-line 3\n+three\n line 4\n line 5\n-line 6\n+six\n line 7"))
        #expect(text.matches(of: /@@ -/).count == 1)
    }

    @Test func equalTextsHaveAnEmptyDiff() {
        let diff = UnifiedDiff(expected: Self.ten, actual: Self.ten)
        #expect(diff.isEmpty)
        #expect(diff.text().isEmpty)
    }

    @Test func crlfLinesAreSplitAndKeepTheirCarriageReturn() {
        let diff = UnifiedDiff(expected: "a;b\r\nc;d\r\n", actual: "a;b\r\nc;e\r\n")
        #expect(diff.lines == [.same("a;b\r"), .removed("c;d\r"), .added("c;e\r"), .same("")])
    }

    @Test func aLongDiffIsCutWithACount() {
        let actual = Self.ten.replacing("line", with: "row")
        let text = UnifiedDiff(expected: Self.ten, actual: actual).text(limit: 5)
        #expect(text.hasSuffix("\n… 16 more lines"))
        #expect(text.split(separator: "\n").count == 6)
    }

    @Test func binaryContentsAreReportedBySizeAndFirstDifference() {
        let report = mismatchReport(expected: [0x50, 0x4B, 0x00, 0x01], actual: [0x50, 0x4B, 0x00, 0x02, 0x03])
        #expect(report == "binary contents differ: 4 bytes checked in, 5 produced, first difference at byte 3")
    }
}
