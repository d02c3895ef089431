/// The labels that several modules write with the same words, written once for every
/// ``ModuleStrings``. A module whose label differs (for example a longer heading) declares its
/// own under another name.
extension ModuleStrings {
    /// "Borger".
    package var citizen: String { Localized(da: "Borger", en: "Citizen")[language] }
    /// "Arbejdsplads".
    package var workplace: String { Localized(da: "Arbejdsplads", en: "Workplace")[language] }
    /// "Periode".
    package var period: String { Localized(da: "Periode", en: "Period")[language] }
    /// "Dato".
    package var date: String { Localized(da: "Dato", en: "Date")[language] }
    /// "Tidspunkt".
    package var time: String { Localized(da: "Tidspunkt", en: "Time")[language] }
    /// "Ugedag".
    package var weekday: String { Localized(da: "Ugedag", en: "Weekday")[language] }
    /// "Vagt".
    package var shift: String { Localized(da: "Vagt", en: "Shift")[language] }
    /// "Episodens dato".
    package var episodeDate: String { Localized(da: "Episodens dato", en: "Date of the episode")[language] }
    /// "Status".
    package var status: String { Localized(da: "Status", en: "Status")[language] }
    /// "I alt".
    package var total: String { Localized(da: "I alt", en: "Total")[language] }
    /// "Antal".
    package var count: String { Localized(da: "Antal", en: "Count")[language] }
    /// "Ændring".
    package var change: String { Localized(da: "Ændring", en: "Change")[language] }
    /// "Møde".
    package var meeting: String { Localized(da: "Møde", en: "Meeting")[language] }
    /// "Deltagere".
    package var participants: String { Localized(da: "Deltagere", en: "Participants")[language] }
    /// "Dagsorden".
    package var agenda: String { Localized(da: "Dagsorden", en: "Agenda")[language] }
    /// "Punkt".
    package var item: String { Localized(da: "Punkt", en: "Item")[language] }
    /// "Minutter".
    package var minutes: String { Localized(da: "Minutter", en: "Minutes")[language] }
    /// "Varighed".
    package var length: String { Localized(da: "Varighed", en: "Length")[language] }
    /// "Fase".
    package var phase: String { Localized(da: "Fase", en: "Phase")[language] }
    /// "Rolle".
    package var role: String { Localized(da: "Rolle", en: "Role")[language] }
    /// "Tema".
    package var theme: String { Localized(da: "Tema", en: "Theme")[language] }
    /// "Fokusområde".
    package var focusArea: String { Localized(da: "Fokusområde", en: "Focus area")[language] }
    /// "Forslag".
    package var proposal: String { Localized(da: "Forslag", en: "Proposal")[language] }
}
