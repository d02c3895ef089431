/// The statuses the tool exits with; documented in `Documentation/CommandLine.md`.
public enum ExitStatus: Int32, Sendable {
    /// Everything asked for was done.
    case success = 0
    /// Some inputs failed (unreadable, invalid or not writable); the rest were processed.
    case inputsFailed = 1
    /// The command line itself was wrong: an unknown subcommand or option, a missing or bad value.
    case usageError = 2
}
