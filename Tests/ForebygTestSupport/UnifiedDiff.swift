/// A unified diff of two texts by lines, built from `CollectionDifference`, so that one inserted
/// line reads as one inserted line (`+`) and the lines around it as unchanged context.
public struct UnifiedDiff: Sendable, Equatable {
    /// One line of the diff: unchanged (` `), removed from the expected text (`-`) or added in the actual one (`+`).
    public enum Line: Sendable, Equatable {
        /// A line both texts have.
        case same(String)
        /// A line only the expected text has.
        case removed(String)
        /// A line only the actual text has.
        case added(String)
    }

    /// Every line of both texts in order, unchanged ones included.
    public let lines: [Line]

    /// Compares `actual` with `expected`, line by line.
    public init(expected: String, actual: String) {
        let old = Self.lines(of: expected), new = Self.lines(of: actual)
        var removed: Set<Int> = [], inserted: Set<Int> = []
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var lines: [Line] = [], oldIndex = 0, newIndex = 0
        while oldIndex < old.count || newIndex < new.count {
            if oldIndex < old.count, removed.contains(oldIndex) {
                lines.append(.removed(old[oldIndex]))
                oldIndex += 1
            } else if newIndex < new.count, inserted.contains(newIndex) {
                lines.append(.added(new[newIndex]))
                newIndex += 1
            } else {
                lines.append(.same(old[oldIndex]))
                oldIndex += 1
                newIndex += 1
            }
        }
        self.lines = lines
    }

    /// The lines of a text split at each line feed (scalar by scalar, so that a `\r\n` line
    /// keeps its `\r` instead of hiding the break in one character).
    private static func lines(of text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
    }

    /// Whether the texts are the same.
    public var isEmpty: Bool {
        lines.allSatisfy { if case .same = $0 { true } else { false } }
    }

    /// The diff in unified format: hunks headed `@@ -start,count +start,count @@` with `context`
    /// unchanged lines around each change, at most `limit` lines in all.
    public func text(context: Int = 3, limit: Int = 80) -> String {
        var output: [String] = []
        for hunk in hunks(context: context) {
            output.append(hunk.header)
            output += hunk.lines.map(Self.prefixed)
        }
        guard output.count > limit else { return output.joined(separator: "\n") }
        return (output.prefix(limit) + ["… \(output.count - limit) more lines"]).joined(separator: "\n")
    }

    private static func prefixed(_ line: Line) -> String {
        switch line {
        case .same(let text): " " + text
        case .removed(let text): "-" + text
        case .added(let text): "+" + text
        }
    }

    /// A run of lines around nearby changes, with its header.
    private struct Hunk {
        let header: String
        let lines: [Line]
    }

    /// The changed stretches, each widened by `context` lines and merged when they touch.
    private func hunks(context: Int) -> [Hunk] {
        let changed = lines.indices.filter { if case .same = lines[$0] { false } else { true } }
        var ranges: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(lines.count - 1, index + context)
            if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...range.upperBound
            } else {
                ranges.append(range)
            }
        }
        return ranges.map(hunk)
    }

    private func hunk(_ range: ClosedRange<Int>) -> Hunk {
        let before = lines[..<range.lowerBound]
        let oldStart = before.filter(\.isInExpected).count + 1, newStart = before.filter(\.isInActual).count + 1
        let slice = Array(lines[range])
        let oldCount = slice.filter(\.isInExpected).count, newCount = slice.filter(\.isInActual).count
        return Hunk(header: "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@", lines: slice)
    }
}

extension UnifiedDiff.Line {
    /// Whether the expected text has this line.
    fileprivate var isInExpected: Bool {
        if case .added = self { false } else { true }
    }

    /// Whether the actual text has this line.
    fileprivate var isInActual: Bool {
        if case .removed = self { false } else { true }
    }
}
