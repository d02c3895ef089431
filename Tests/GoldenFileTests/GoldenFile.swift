import DocumentRendering
import DocumentTree
@testable import ForebygCommandLine
import ForebygDocuments
import ForebygTestSupport
import Testing

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

/// Checks `text` byte for byte against `Golden/<name>`, or writes it there when recording
/// (`FOREBYG_RECORD=1`); a mismatch shows a unified diff.
func assertMatchesGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectMatchesFile(text, at: RepositoryFiles.golden(name), sourceLocation: sourceLocation)
}

/// Checks `bytes` byte for byte against `Golden/<name>`, or writes them there when recording
/// (`FOREBYG_RECORD=1`); a mismatch shows a unified diff (of a binary file, where it first differs).
func assertMatchesGolden(_ bytes: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectMatchesFile(bytes, at: RepositoryFiles.golden(name), sourceLocation: sourceLocation)
}
