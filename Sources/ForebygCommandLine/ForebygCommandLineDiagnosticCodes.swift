public import ForebygCore

extension DiagnosticCode {
    /// A file that cannot be read.
    public static let inputUnreadable = DiagnosticCode(rawValue: "input.unreadable")
    /// A file whose output would overwrite another's.
    public static let inputOutputCollision = DiagnosticCode(rawValue: "input.outputCollision")
    /// A symbolic link back to a folder being searched; not followed again.
    public static let inputSymbolicLinkLoop = DiagnosticCode(rawValue: "input.symbolicLinkLoop")
    /// A file name that is not valid UTF-8.
    public static let inputNameNotUTF8 = DiagnosticCode(rawValue: "input.nameNotUTF8")
    /// The output could not be written.
    public static let outputWriteFailed = DiagnosticCode(rawValue: "output.writeFailed")

    /// Every code ForebygCommandLine reports.
    public static let allForebygCommandLineCodes: [DiagnosticCode] = [
        .inputUnreadable, .inputOutputCollision, .inputSymbolicLinkLoop, .inputNameNotUTF8, .outputWriteFailed,
    ]
}
