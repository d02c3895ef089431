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

    /// `--jobs N`: how many documents are handled at once, one per processor by default
    /// (``RenderCommand/jobs(_:)`` reads it); `what` is for example "Documents rendered".
    static func jobs(_ what: String) -> OptionSpec {
        .value("jobs", "N", "\(what) at once (default: one per processor).")
    }

    /// The `--help` flag every subcommand accepts.
    static let help = OptionSpec.flag("help", "Show this help and exit.")
}
