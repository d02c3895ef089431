import ForebygCore

/// The command-line tool's own user-facing labels, in the calendar it writes.
struct ForebygCommandLineStrings: Sendable {
    /// The calendar's name, before the workplace.
    let calendarName: String
    /// The heading of a meeting's agenda in its description.
    let agenda: String
    /// The heading of a meeting's participants in its description.
    let participants: String
    /// A duration in minutes, for example "15 min".
    let minutes: @Sendable (Int) -> String
    /// The title of the printable page with the five support sheets.
    let supportSheets: String
    /// The title of the printable page that `render --print` writes.
    let printCollection: String

    /// Danish labels, the default.
    static let danish = ForebygCommandLineStrings(
        calendarName: "Forebyggelsesforløb", agenda: "Dagsorden", participants: "Deltagere",
        minutes: { "\($0) min." }, supportSheets: "Støtteark 1–5", printCollection: "Samlet udskrift")

    /// English labels.
    static let english = ForebygCommandLineStrings(
        calendarName: "Prevention course", agenda: "Agenda", participants: "Participants",
        minutes: { "\($0) min" }, supportSheets: "Support sheets 1–5", printCollection: "Documents for printing")

    /// The labels for a language.
    static func `for`(_ language: Language) -> ForebygCommandLineStrings {
        switch language {
        case .danish: danish
        case .english: english
        }
    }
}
