/// An option a subcommand accepts, such as `--out DIR` or `--fsync`.
struct OptionSpec: Hashable, Sendable {
    /// The option's name without the leading dashes, for example `out`.
    let name: String
    /// The value's placeholder in help, for example `DIR`; `nil` for a flag that takes no value.
    let valuePlaceholder: String?
    /// One line of help.
    let help: String

    /// An option that takes a value: `--name VALUE` or `--name=VALUE`.
    static func value(_ name: String, _ placeholder: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, valuePlaceholder: placeholder, help: help)
    }

    /// A flag that takes no value: `--name`.
    static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, valuePlaceholder: nil, help: help)
    }

    /// Whether the option takes a value.
    var takesValue: Bool { valuePlaceholder != nil }

    /// `--out DIR` or `--fsync`, as shown in help.
    var synopsis: String {
        valuePlaceholder.map { "--\(name) \($0)" } ?? "--\(name)"
    }

    /// The `--help` flag every subcommand accepts.
    static let help = OptionSpec.flag("help", "Show this help and exit.")
}
