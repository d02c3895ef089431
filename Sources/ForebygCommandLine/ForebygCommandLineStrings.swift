import DocumentTree
import ForebygCore

/// The command-line tool's own user-facing labels, in the calendar it writes.
struct ForebygCommandLineStrings: ModuleStrings {
    /// The language the labels are in.
    let language: Language

    /// The calendar's name, before the workplace.
    var calendarName: String { Localized(da: "Forebyggelsesforløb", en: "Prevention course")[language] }
    /// A duration in minutes, for example "15 min".
    var minutesText: @Sendable (Int) -> String {
        Localized<@Sendable (Int) -> String>(
            da: { "\($0) min." },
            en: { "\($0) min" })[language]
    }
    /// The title of the printable page with the five support sheets.
    var supportSheets: String { Localized(da: "Støtteark 1–5", en: "Support sheets 1–5")[language] }
    /// The title of the printable page that `render --print` writes.
    var printCollection: String { Localized(da: "Samlet udskrift", en: "Documents for printing")[language] }
}
