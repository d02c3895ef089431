import ForebygCore

/// Splits a subcommand's arguments into options and positionals, by its ``OptionSpec``s.
///
/// Accepted forms: `--name VALUE`, `--name=VALUE`, `--flag`, `-h` for `--help`, `-` as a
/// positional (standard input) and `--` to end options. Anything else that starts with `-`
/// is an unknown option, reported with the closest valid name.
struct ArgumentParser: Sendable {
    /// The options the subcommand accepts (`--help` is always accepted).
    let options: [OptionSpec]
    /// The subcommand's name, for messages (`forebyg render`).
    let commandName: String

    /// Creates a parser.
    init(commandName: String, options: [OptionSpec]) {
        self.commandName = commandName
        self.options = options + [.help]
    }

    /// Parses the arguments that follow the subcommand's name.
    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            if argument == "--" {
                parsed.positionals += remaining
                break
            } else if argument == "-h" {
                parsed.flags.insert(OptionSpec.help.name)
            } else if argument.hasPrefix("-"), argument != "-" {
                try parseOption(argument, remaining: &remaining, into: &parsed)
            } else {
                parsed.positionals.append(argument)
            }
        }
        return parsed
    }

    private func parseOption(
        _ argument: String, remaining: inout ArraySlice<String>, into parsed: inout ParsedArguments
    ) throws(UsageError) {
        let body = argument.drop { $0 == "-" }
        let name = String(body.prefix { $0 != "=" })
        let inlineValue = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
        guard argument.hasPrefix("--"), let option = options.first(where: { $0.name == name }) else {
            let suggestion = Suggestion.closest(to: "--\(name)", among: options.map { "--\($0.name)" })
            throw UsageError("unknown option '\(argument)' for '\(commandName)'", suggestion: suggestion)
        }
        guard option.takesValue else {
            if inlineValue != nil { throw UsageError("option '--\(name)' of '\(commandName)' takes no value") }
            parsed.flags.insert(name)
            return
        }
        guard let value = inlineValue ?? remaining.popFirst() else {
            throw UsageError("option '--\(name)' of '\(commandName)' needs a value (\(option.synopsis))")
        }
        parsed.values[name, default: []].append(value)
    }
}
