#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import ForebygDocuments
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Where a command writes its output and reads standard input: the process's own streams,
/// or buffers in tests.
struct Console: Sendable {
    /// Writes text to standard output.
    let writeOutput: @Sendable (String) -> Void
    /// Writes text to standard error.
    let writeError: @Sendable (String) -> Void
    /// Reads all of standard input.
    let readInput: @Sendable () -> Data
    /// Whether standard error is a terminal, so that progress can be shown there.
    let errorIsTerminal: Bool

    /// Writes a line to standard output.
    func print(_ line: String) {
        writeOutput(line + "\n")
    }

    /// Writes a line to standard error.
    func printError(_ line: String) {
        writeError(line + "\n")
    }

    /// The process's standard streams.
    static let standard = Console(
        writeOutput: { writeAll($0, to: STDOUT_FILENO) },
        writeError: { writeAll($0, to: STDERR_FILENO) },
        readInput: { readAll(from: STDIN_FILENO) },
        errorIsTerminal: isatty(STDERR_FILENO) == 1
    )

    /// A console that discards everything, for work whose progress nobody watches (benchmarks).
    static let silent = Console(writeOutput: { _ in }, writeError: { _ in }, readInput: { Data() }, errorIsTerminal: false)

    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            _ = try? PosixFile.writeAll(buffer, to: descriptor)
        }
    }

    private static func readAll(from descriptor: Int32) -> Data {
        (try? PosixFile.readAll(from: descriptor)) ?? Data()
    }
}
