public import DocumentTree

/// The shared vocabulary's user-facing words, both languages side by side.
struct CoreStrings: ModuleStrings {
    /// The language the labels are in.
    let language: Language

    var weekdayNames: [String] {
        Localized(
            da: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
            en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])[language]
    }
    var monthNames: [String] {
        Localized(
            da: [
                "januar", "februar", "marts", "april", "maj", "juni",
                "juli", "august", "september", "oktober", "november", "december",
            ],
            en: [
                "January", "February", "March", "April", "May", "June",
                "July", "August", "September", "October", "November", "December",
            ])[language]
    }
    var sourceLabel: String { Localized(da: "Kilde", en: "Source")[language] }
    var caseLabel: String { Localized(da: "Eksempel fra praksis", en: "Example from practice")[language] }
    var readMoreLabel: String { Localized(da: "Læs mere", en: "Read more")[language] }
}

extension CalendarDate {
    /// The month's name in the given language (for example "februar").
    public func monthName(in language: Language) -> String {
        CoreStrings.for(language).monthNames[month - 1]
    }
}
