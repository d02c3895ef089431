import Synchronization

/// Shows `[done/total] verb…` on standard error while a batch runs, when it is a terminal,
/// at most ten times a second.
final class ProgressReporter: Sendable {
    private let console: Console
    private let total: Int
    private let verb: String
    private let state = Mutex<(done: Int, lastShown: ContinuousClock.Instant?)>((0, nil))

    /// Creates a reporter for a batch of `total` items.
    init(console: Console, total: Int, verb: String) {
        self.console = console
        self.total = total
        self.verb = verb
    }

    /// Counts one item as done and redraws the line if enough time has passed.
    func advance() {
        guard console.errorIsTerminal else { return }
        let line: String? = state.withLock { state in
            state.done += 1
            let now = ContinuousClock.now
            if let last = state.lastShown, now - last < .milliseconds(100), state.done < total { return nil }
            state.lastShown = now
            return "\r[\(state.done)/\(total)] \(verb)…"
        }
        if let line { console.writeError(line) }
    }

    /// Clears the progress line.
    func finish() {
        guard console.errorIsTerminal else { return }
        console.writeError("\r\u{1B}[K")
    }
}
