/// The shared vocabulary's user-facing words, one value per language.
struct CoreStrings: Sendable {
    let weekdayNames: [String]
    let monthNames: [String]
    let sourceLabel: String
    let caseLabel: String
    let readMoreLabel: String

    static let danish = CoreStrings(
        weekdayNames: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
        monthNames: [
            "januar", "februar", "marts", "april", "maj", "juni",
            "juli", "august", "september", "oktober", "november", "december",
        ],
        sourceLabel: "Kilde",
        caseLabel: "Eksempel fra praksis",
        readMoreLabel: "Læs mere"
    )

    static let english = CoreStrings(
        weekdayNames: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        monthNames: [
            "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December",
        ],
        sourceLabel: "Source",
        caseLabel: "Example from practice",
        readMoreLabel: "Read more"
    )

    static func `for`(_ language: Language) -> CoreStrings {
        switch language {
        case .danish: danish
        case .english: english
        }
    }
}

extension CalendarDate {
    /// The month's name in the given language (for example "februar").
    public func monthName(in language: Language) -> String {
        CoreStrings.for(language).monthNames[month - 1]
    }
}
