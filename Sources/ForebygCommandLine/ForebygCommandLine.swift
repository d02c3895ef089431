#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The `forebyg` command-line tool's entry point; the executable only calls ``main()``.
public enum ForebygCommandLine {
    /// The tool's version, printed by `forebyg --version`.
    public static let version = "0.2.0"

    /// The subcommands, in the order the overall help lists them.
    static let subcommands: [any Subcommand.Type] = [
        RenderCommand.self,
        ValidateCommand.self,
        SchemaCommand.self,
        CourseCommand.self,
        ExampleCommand.self,
        BenchCommand.self,
    ]

    /// Runs the tool with the process's arguments and exits with its status.
    public static func main() -> Never {
        let status = run(Array(CommandLine.arguments.dropFirst()), console: .standard)
        exit(status.rawValue)
    }

    /// Runs the tool with the given arguments (without the program name).
    static func run(_ arguments: [String], console: Console) -> ExitCode {
        guard let first = arguments.first else {
            console.writeError(overallHelp + "\n")
            return .usageError
        }
        switch first {
        case "--help", "-h":
            console.print(overallHelp)
            return .success
        case "--version":
            console.print("forebyg \(version)")
            return .success
        case "help":
            return arguments.count > 1 ? run([arguments[1], "--help"], console: console) : run(["--help"], console: console)
        default:
            return runSubcommand(first, Array(arguments.dropFirst()), console: console)
        }
    }

    private static func runSubcommand(_ name: String, _ arguments: [String], console: Console) -> ExitCode {
        let result: Result<ExitCode, UsageError> = Result { () throws(UsageError) in
            let command = try subcommand(named: name)
            let parsed = try command.parser.parse(arguments)
            if parsed.has(OptionSpec.help.name) {
                console.print(command.helpText)
                return .success
            }
            return try command.run(parsed, console: console)
        }
        switch result {
        case .success(let status):
            return status
        case .failure(let error):
            let known = subcommands.contains { $0.name == name }
            console.printError("forebyg: \(error)")
            console.printError("Run 'forebyg \(known ? name + " " : "")--help' for usage.")
            return .usageError
        }
    }

    /// The subcommand with the given name; a usage error with a suggestion if there is none.
    private static func subcommand(named name: String) throws(UsageError) -> any Subcommand.Type {
        for command in subcommands where command.name == name {
            return command
        }
        if name.hasPrefix("-") { throw UsageError.unknown("option", name, among: ["--help", "--version"]) }
        throw UsageError.unknown("subcommand", name, among: subcommands.map { $0.name })
    }

    /// The help printed by `forebyg --help`.
    static var overallHelp: String {
        let width = subcommands.map { $0.name.count }.max() ?? 0
        let lines = subcommands.map { "  " + $0.name.padding(to: width) + "  " + $0.summary }
        return """
            forebyg \(version): render, validate and plan violence-prevention documents for botilbud.

            Usage: forebyg <subcommand> [arguments] [options]

            Subcommands:
            \(lines.joined(separator: "\n"))

            Run 'forebyg <subcommand> --help' for a subcommand's options.
            Options take values as --name VALUE or --name=VALUE.
            Exit status: 0 success, 1 some inputs failed, 2 usage error.
            """
    }
}
