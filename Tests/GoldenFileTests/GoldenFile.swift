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
import ForebygDocuments
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
/// `<baseName>.html`, each CSV table in both dialects as `<baseName>-<dialect>-<table>.csv`,
/// and `<baseName>.docx` with its main part as `<baseName>.document.xml`, so that a change to
/// the Word output reads as a diff of text (one paragraph or table row per line).
///
/// The files are named as the command-line tool names them, with `<baseName>` (and the dialect,
/// for CSV) as the stem, so a new format gets golden files by being a new case.
func goldenFiles(for document: Document, baseName: String) -> [(name: String, bytes: [UInt8])] {
    OutputFormat.allCases.flatMap { format in
        variants(of: format, baseName: baseName).flatMap { stem, settings in
            RenderedFile.files(for: document, stem: stem, settings: settings).map { (name: $0.path, bytes: $0.bytes) }
        } + readableParts(of: format, document: document, baseName: baseName)
    }
}

/// The text parts a binary format's golden files come with: a `.docx` file's `word/document.xml`.
private func readableParts(of format: OutputFormat, document: Document, baseName: String) -> [(name: String, bytes: [UInt8])] {
    switch format {
    case .markdown, .html, .csv:
        return []
    case .docx:
        let parts = WordRenderer().parts(
            for: [document], title: document.metadata.title, subject: document.metadata.subject, language: document.metadata.language)
        return parts.filter { $0.path == "word/document.xml" }.map { (name: baseName + ".document.xml", bytes: $0.bytes) }
    }
}

/// The stems and settings a format's golden files are rendered with: CSV once per dialect.
private func variants(of format: OutputFormat, baseName: String) -> [(stem: String, settings: RenderSettings)] {
    var settings = RenderSettings()
    settings.formats = [format]
    switch format {
    case .markdown, .html, .docx:
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
        assertMatchesGolden(file.bytes, named: file.name, sourceLocation: sourceLocation)
    }
}

/// Checks `text` byte for byte against `Golden/<name>`, or writes it there when recording.
///
/// On a mismatch the issue shows the first differing lines.
func assertMatchesGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    assertMatchesGolden(Array(text.utf8), named: name, sourceLocation: sourceLocation)
}

/// Checks `bytes` byte for byte against `Golden/<name>`, or writes them there when recording.
///
/// On a mismatch the issue shows the first differing lines (of a binary file, the bytes read as UTF-8).
func assertMatchesGolden(_ bytes: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = GoldenFile.folder.appendingPathComponent(name)
    if GoldenFile.isRecording {
        do {
            try Data(bytes).write(to: url)
        } catch {
            Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = try? Data(contentsOf: url) else {
        Issue.record("missing golden file \(name); run with FOREBYG_RECORD_GOLDEN=1 to record it", sourceLocation: sourceLocation)
        return
    }
    if Array(data) != bytes {
        let diff = lineDiff(expected: String(decoding: data, as: UTF8.self), actual: String(decoding: bytes, as: UTF8.self))
        Issue.record("\(name) differs from its golden file:\n\(diff)", sourceLocation: sourceLocation)
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
