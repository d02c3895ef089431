#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import DocumentRendering
import DocumentTree
@testable import ForebygCommandLine
import Testing

/// Golden-file support: compares rendered text byte for byte with a checked-in file in `Golden/`.
///
/// Set `FOREBYG_RECORD_GOLDEN=1` to (re)write the files instead of comparing.
enum GoldenFile {
    /// The folder holding the golden files, next to this source file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Whether the run records golden files instead of comparing with them.
    static var isRecording: Bool {
        getenv("FOREBYG_RECORD_GOLDEN").map { String(cString: $0) } == "1"
    }
}

/// Every golden file of a document, one group per ``OutputFormat``: `<baseName>.md`,
/// `<baseName>.html`, and each CSV table in both dialects as `<baseName>-<dialect>-<table>.csv`.
///
/// The files are named as the command-line tool names them, with `<baseName>` (and the dialect,
/// for CSV) as the stem, so a new format gets golden files by being a new case.
func goldenFiles(for document: Document, baseName: String) -> [(name: String, contents: String)] {
    OutputFormat.allCases.flatMap { format in
        variants(of: format, baseName: baseName).flatMap { stem, settings in
            RenderedFile.files(for: document, stem: stem, settings: settings).map { (name: $0.path, contents: $0.contents) }
        }
    }
}

/// The stems and settings a format's golden files are rendered with: CSV once per dialect.
private func variants(of format: OutputFormat, baseName: String) -> [(stem: String, settings: RenderSettings)] {
    var settings = RenderSettings()
    settings.formats = [format]
    switch format {
    case .markdown, .html:
        return [(baseName, settings)]
    case .csv:
        return CSVDialect.allCases.map { dialect in
            settings.csv.dialect = dialect
            return (baseName + "-" + dialect.rawValue, settings)
        }
    }
}

/// Renders `document` in every format and checks each output against its golden file.
func assertMatchesGoldenFiles(for document: Document, baseName: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for file in goldenFiles(for: document, baseName: baseName) {
        assertMatchesGolden(file.contents, named: file.name, sourceLocation: sourceLocation)
    }
}

/// Checks `text` byte for byte against `Golden/<name>`, or writes it there when recording.
///
/// On a mismatch the issue shows the first differing lines.
func assertMatchesGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = GoldenFile.folder.appendingPathComponent(name)
    if GoldenFile.isRecording {
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = try? Data(contentsOf: url) else {
        Issue.record("missing golden file \(name); run with FOREBYG_RECORD_GOLDEN=1 to record it", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if Array(expected.utf8) != Array(text.utf8) {
        Issue.record("\(name) differs from its golden file:\n\(lineDiff(expected: expected, actual: text))", sourceLocation: sourceLocation)
    }
}

/// A short line diff: up to `limit` differing lines, `-` expected and `+` actual, with line numbers.
func lineDiff(expected: String, actual: String, limit: Int = 8) -> String {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    for index in 0..<max(expectedLines.count, actualLines.count) where report.count < limit * 2 {
        let old = index < expectedLines.count ? expectedLines[index] : nil
        let new = index < actualLines.count ? actualLines[index] : nil
        guard old != new else { continue }
        if let old { report.append("\(index + 1) - \(old)") }
        if let new { report.append("\(index + 1) + \(new)") }
    }
    return report.joined(separator: "\n")
}
