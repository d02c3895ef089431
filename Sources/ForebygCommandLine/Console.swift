import ForebygCore
import Glibc
import Synchronization

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

/// A console whose output is kept in memory, for tests and for commands that call other commands.
final class CapturingConsole: Sendable {
    private let output = Mutex("")
    private let error = Mutex("")
    private let input: Data

    /// Creates a console with the given standard input.
    init(input: Data = Data()) {
        self.input = input
    }

    /// What was written to standard output.
    var standardOutput: String { output.withLock { $0 } }
    /// What was written to standard error.
    var standardError: String { error.withLock { $0 } }

    /// The console that writes into this object.
    var console: Console {
        Console(
            writeOutput: { text in self.output.withLock { $0 += text } },
            writeError: { text in self.error.withLock { $0 += text } },
            readInput: { self.input },
            errorIsTerminal: false
        )
    }
}
