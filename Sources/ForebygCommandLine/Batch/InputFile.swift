#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import ForebygDocuments

/// One JSON input of a batch: a file, or standard input.
struct InputFile: Hashable, Sendable {
    /// Where the bytes come from.
    enum Source: Hashable, Sendable {
        /// A file at a path.
        case file(String)
        /// Standard input, already read.
        case standardInput(Data)
        /// Two inputs would write the same output names; this one is not read.
        case collision(with: String)
        /// A folder search found an entry it will not read (a symbolic-link loop, a name that
        /// is not UTF-8); the diagnostic says why.
        case refused(Diagnostic)
    }

    /// The input as the user named or the tool found it (a path, or `-`).
    let displayPath: String
    /// The output's path below the output folder, without extension (for example `team/plan-7`).
    let outputStem: String
    /// Where the bytes come from.
    let source: Source

    /// Reads the input's bytes; a failure is an error diagnostic at the document's root
    /// (`input.unreadable`, `input.outputCollision` for a ``Source/collision(with:)``, or the
    /// reason of a ``Source/refused(_:)``).
    func read() throws(InputReadError) -> (data: Data, pages: JSONTextPages?) {
        switch source {
        case .file(let path):
            do throws(PosixError) {
                return try PosixFile.map(path: path)
            } catch {
                throw InputReadError(.error(.inputUnreadable, at: .root, "cannot read the file (\(error))"))
            }
        case .standardInput(let data):
            return (data, nil)
        case .collision(let other):
            throw InputReadError(.error(.inputOutputCollision, at: .root, "its output would overwrite that of \(other); rename one of them"))
        case .refused(let diagnostic):
            throw InputReadError(diagnostic)
        }
    }

    /// Reads and loads the input; every problem, including an unreadable file, is a diagnostic.
    func load(with registry: DocumentRegistry, findingsAsOf asOf: CalendarDate? = nil) -> LoadedDocument {
        do throws(InputReadError) {
            let text = try read()
            return registry.load(text.data, pages: text.pages, findingsAsOf: asOf)
        } catch {
            return LoadedDocument(value: nil, diagnostics: [error.diagnostic])
        }
    }
}

/// An input that could not be read, as the diagnostic to report.
struct InputReadError: Error, Sendable {
    /// The problem, at the document's root.
    let diagnostic: Diagnostic

    /// Wraps a diagnostic.
    init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }
}
