/// One of the tool's subcommands: its name, help and what it does.
protocol Subcommand: Sendable {
    /// The word that selects it, for example `render`.
    static var name: String { get }
    /// One line for the tool's overall help.
    static var summary: String { get }
    /// The synopsis after `forebyg`, for example `render INPUT... [options]`.
    static var synopsis: String { get }
    /// The options it accepts (besides `--help`).
    static var options: [OptionSpec] { get }
    /// Further help: what the arguments mean, examples.
    static var discussion: String { get }
    /// Runs the subcommand.
    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitStatus
}

extension Subcommand {
    /// The subcommand's `--help` text.
    static var helpText: String {
        var lines = ["Usage: forebyg \(synopsis)", "", summary, ""]
        if !discussion.isEmpty { lines += [discussion, ""] }
        lines.append("Options:")
        let all = options + [.help]
        let width = all.map(\.synopsis.count).max() ?? 0
        for option in all {
            lines.append("  " + option.synopsis.padding(to: width) + "  " + option.help)
        }
        return lines.joined(separator: "\n")
    }

    /// The parser for the subcommand's options.
    static var parser: ArgumentParser {
        ArgumentParser(commandName: "forebyg \(name)", options: options)
    }
}
