/// The `--out DIR` option of a command that writes files: the folder, with the command's own
/// default, written once for both the help and the run.
struct OutputFolderOption: Hashable, Sendable {
    /// The folder used when `--out` is not given, for example `forebyg-out`.
    let defaultFolder: String
    /// More help after the default, for example "; input folders are mirrored below it".
    var note = ""

    /// The option as the parser and the help see it.
    var spec: OptionSpec {
        .value("out", "DIR", "Folder to write into (default: ./\(defaultFolder))\(note).")
    }

    /// The folder given, or the default.
    func folder(in arguments: ParsedArguments) -> String {
        arguments.value("out") ?? defaultFolder
    }
}
