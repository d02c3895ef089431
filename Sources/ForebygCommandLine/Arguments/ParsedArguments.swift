/// A command line split into options and positional arguments.
struct ParsedArguments: Hashable, Sendable {
    /// The arguments that are not options, in order (`-` stands for standard input).
    var positionals: [String] = []
    /// Each value option's values, in the order given.
    var values: [String: [String]] = [:]
    /// The flags given.
    var flags: Set<String> = []

    /// Whether the flag was given.
    func has(_ flag: String) -> Bool {
        flags.contains(flag)
    }

    /// The option's last value, or `nil` if it was not given.
    func value(_ name: String) -> String? {
        values[name]?.last
    }

    /// Every value given for the option, each split at commas (`--format md,html --format csv`).
    func listValue(_ name: String) -> [String]? {
        values[name].map { $0.flatMap { $0.split(separator: ",").map(String.init) } }
    }

    /// The option's value as a whole number above 0, or `defaultValue` if it was not given.
    func positiveNumber(_ name: String, default defaultValue: Int) throws(UsageError) -> Int {
        guard let text = value(name) else { return defaultValue }
        guard let number = Int(text), number > 0 else { throw UsageError("--\(name) needs a whole number above 0, found '\(text)'") }
        return number
    }
}
