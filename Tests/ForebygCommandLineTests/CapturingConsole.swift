#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import Synchronization
@testable import ForebygCommandLine

/// A console whose output is kept in memory, for running the tool in the test process.
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
