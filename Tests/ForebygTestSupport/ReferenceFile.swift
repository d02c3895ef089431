public import Foundation
public import Testing

/// Checks `bytes` byte for byte against the checked-in file at `url`, or writes them there when
/// ``Recording/isOn``.
///
/// A mismatch is one issue with a unified diff of the two texts (``UnifiedDiff``); a file that is
/// not UTF-8 text is reported by its sizes and the first byte that differs.
public func expectMatchesFile(_ bytes: [UInt8], at url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
    let name = RepositoryFiles.relativePath(of: url)
    if Recording.isOn {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        } catch {
            Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = try? Data(contentsOf: url) else {
        Issue.record("\(name) is missing; run with \(Recording.variable)=1 to record it", sourceLocation: sourceLocation)
        return
    }
    let expected = Array(data)
    guard expected != bytes else { return }
    let report = mismatchReport(expected: expected, actual: bytes)
    Issue.record(
        "\(name) differs (- checked in, + produced); if the change is meant, re-record with \(Recording.variable)=1:\n\(report)",
        sourceLocation: sourceLocation)
}

/// Checks `text` as UTF-8 against the checked-in file at `url`, or writes it there when recording.
public func expectMatchesFile(_ text: String, at url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
    expectMatchesFile(Array(text.utf8), at: url, sourceLocation: sourceLocation)
}

/// Checks `data` against the checked-in file at `url`, or writes it there when recording.
public func expectMatchesFile(_ data: Data, at url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
    expectMatchesFile(Array(data), at: url, sourceLocation: sourceLocation)
}

/// A unified diff of two UTF-8 texts, or, for binary contents, their sizes and the first differing byte.
public func mismatchReport(expected: [UInt8], actual: [UInt8]) -> String {
    if let old = String(validating: expected, as: UTF8.self), let new = String(validating: actual, as: UTF8.self),
        !old.contains("\0"), !new.contains("\0")
    {
        return UnifiedDiff(expected: old, actual: new).text()
    }
    let first = expected.indices.first { $0 >= actual.count || expected[$0] != actual[$0] } ?? expected.count
    return "binary contents differ: \(expected.count) bytes checked in, \(actual.count) produced, first difference at byte \(first)"
}
