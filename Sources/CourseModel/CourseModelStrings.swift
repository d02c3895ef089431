import DocumentTree
import ForebygCore

/// Every fixed, user-facing label of the CourseModel module, both languages side by side.
///
/// The seed's own content (duties, agendas, questions, stories) stays Danish in every language.
struct CourseModelStrings: ModuleStrings {
    /// The language the labels are in.
    let language: Language

    /// The role names, for example "Tovholder".
    func roleNames(_ value: CourseRole) -> String {
        switch value {
        case .topManager: Localized(da: "Øverste leder", en: "Top manager")[language]
        case .dailyManager: Localized(da: "Daglig leder", en: "Daily manager")[language]
        case .implementationGroup: Localized(da: "Implementeringsgruppe", en: "Implementation group")[language]
        case .facilitator: Localized(da: "Tovholder", en: "Facilitator")[language]
        case .scribe: Localized(da: "Skribent", en: "Scribe")[language]
        case .workingGroup: Localized(da: "Arbejdsgruppe", en: "Working group")[language]
        case .otherEmployees: Localized(da: "Øvrige medarbejdere", en: "Other employees")[language]
        case .worksCouncil: Localized(da: "MED-udvalg/arbejdsmiljøorganisation", en: "Works council / health and safety organisation")[language]
        }
    }
    /// The meeting names, for example "Midtvejsmøde".
    func meetingNames(_ value: MeetingKind) -> String {
        switch value {
        case .implementationGroupFormation: Localized(da: "Nedsættelse af implementeringsgruppe", en: "Forming the implementation group")[language]
        case .planningMeeting: Localized(da: "Planlægningsmøde i implementeringsgruppen", en: "Planning meeting of the implementation group")[language]
        case .informationMeeting: Localized(da: "Informationsmøde", en: "Information meeting")[language]
        case .storyMeeting: Localized(da: "Praksisfortællingsmøde", en: "Story meeting")[language]
        case .preMeeting: Localized(da: "Møde i implementeringsgruppen (formøde)", en: "Implementation group pre-meeting")[language]
        case .sparringMeeting: Localized(da: "Sparringsmøde", en: "Sparring meeting")[language]
        case .midwayMeeting: Localized(da: "Midtvejsmøde", en: "Midway meeting")[language]
        case .finalMeeting: Localized(da: "Afsluttende møde", en: "Final meeting")[language]
        }
    }
    /// The four phase names.
    var phaseNames: [String] {
        Localized(
            da: ["Forberedelse", "Opstart", "Drøftelse, beslutning og implementering", "Afslutning"],
            en: ["Preparation", "Start-up", "Discussion, decision and implementation", "Conclusion"])[language]
    }
    /// "Støtteark".
    var supportSheet: String { Localized(da: "Støtteark", en: "Support sheet")[language] }
    /// The course plan's title.
    var coursePlanTitle: String {
        Localized(
            da: "Forløbsplan: Brug fortællinger til at forebygge arbejdsrelateret vold",
            en: "Course plan: Using stories to prevent work-related violence")[language]
    }
    /// The title prefix of a meeting's agenda document.
    var agendaTitle: String { Localized(da: "Dagsorden", en: "Agenda")[language] }
    // Headings of the course plan.
    /// "Arbejdsgrupper".
    var workingGroups: String { Localized(da: "Arbejdsgrupper", en: "Working groups")[language] }
    /// "Tidsplan".
    var schedule: String { Localized(da: "Tidsplan", en: "Schedule")[language] }
    /// "Timeforbrug pr. person".
    var hoursPerPerson: String { Localized(da: "Timeforbrug pr. person", en: "Hours per person")[language] }
    /// "Timeforbrug pr. rolle".
    var hoursPerRole: String { Localized(da: "Timeforbrug pr. rolle", en: "Hours per role")[language] }
    /// "Timeforbrug pr. fase".
    var hoursPerPhase: String { Localized(da: "Timeforbrug pr. fase", en: "Hours per phase")[language] }
    /// "Timeforbrug i alt".
    var hoursTotal: String { Localized(da: "Timeforbrug i alt", en: "Total hours")[language] }
    /// "Roller og opgaver".
    var rolesAndDuties: String { Localized(da: "Roller og opgaver", en: "Roles and duties")[language] }
    /// "Opgaver".
    var duties: String { Localized(da: "Opgaver", en: "Duties")[language] }
    /// "Vær opmærksom på".
    var considerations: String { Localized(da: "Vær opmærksom på", en: "Points to consider")[language] }
    /// "Faser".
    var phases: String { Localized(da: "Faser", en: "Phases")[language] }
    /// Headings of an agenda document.
    var purposes: String { Localized(da: "Formål", en: "Purpose")[language] }
    /// "Efter mødet".
    var afterTheMeeting: String { Localized(da: "Efter mødet", en: "After the meeting")[language] }
    /// "Spørgsmål".
    var questions: String { Localized(da: "Spørgsmål", en: "Questions")[language] }
    /// Headings of the story meeting's three agendas.
    var firstStoryMeeting: String { Localized(da: "Det første praksisfortællingsmøde", en: "The first story meeting")[language] }
    /// "De øvrige praksisfortællingsmøder".
    var regularStoryMeeting: String {
        Localized(
            da: "De øvrige praksisfortællingsmøder",
            en: "The other story meetings")[language]
    }
    /// "Det sidste praksisfortællingsmøde".
    var lastStoryMeeting: String { Localized(da: "Det sidste praksisfortællingsmøde", en: "The last story meeting")[language] }
    /// "Formødet før midtvejsmødet".
    var preMeetingBeforeMidway: String {
        Localized(
            da: "Formødet før midtvejsmødet",
            en: "The pre-meeting before the midway meeting")[language]
    }
    /// "Formødet før det afsluttende møde".
    var preMeetingBeforeFinal: String {
        Localized(
            da: "Formødet før det afsluttende møde",
            en: "The pre-meeting before the final meeting")[language]
    }
    var introductionTitle: String {
        Localized(
            da: "Introduktion til forebyggelsespakken",
            en: "Introduction to the prevention package")[language]
    }
    /// "Det første sparringsmøde".
    var firstSparringMeeting: String { Localized(da: "Det første sparringsmøde", en: "The first sparring meeting")[language] }
    /// "Det andet – og sidste – sparringsmøde".
    var secondSparringMeeting: String {
        Localized(
            da: "Det andet – og sidste – sparringsmøde",
            en: "The second and last sparring meeting")[language]
    }
    /// "Nr.".
    var number: String { Localized(da: "Nr.", en: "No.")[language] }
    /// "Arbejdsgruppe".
    var workingGroup: String { Localized(da: "Arbejdsgruppe", en: "Working group")[language] }
    /// "Varighed (timer)".
    var duration: String { Localized(da: "Varighed (timer)", en: "Length (hours)")[language] }
    /// "Person".
    var person: String { Localized(da: "Person", en: "Person")[language] }
    /// "Navn".
    var name: String { Localized(da: "Navn", en: "Name")[language] }
    /// "Titel".
    var title: String { Localized(da: "Titel", en: "Title")[language] }
    /// "Roller".
    var roles: String { Localized(da: "Roller", en: "Roles")[language] }
    /// "Timer".
    var hours: String { Localized(da: "Timer", en: "Hours")[language] }
    /// "Medlemmer".
    var members: String { Localized(da: "Medlemmer", en: "Members")[language] }
    /// "Tovholder(e)".
    var facilitators: String { Localized(da: "Tovholder(e)", en: "Facilitator(s)")[language] }
    /// "Skribent".
    var scribe: String { Localized(da: "Skribent", en: "Scribe")[language] }
    /// "Antal personer".
    var peopleCount: String { Localized(da: "Antal personer", en: "People")[language] }
    /// "Trin".
    var step: String { Localized(da: "Trin", en: "Step")[language] }
    /// "Ved".
    var lead: String { Localized(da: "Ved", en: "Led by")[language] }
    /// "Indhold".
    var details: String { Localized(da: "Indhold", en: "Content")[language] }
    /// "Varighed".
    var span: String { Localized(da: "Varighed", en: "Length")[language] }
    /// "Aktiviteter".
    var activities: String { Localized(da: "Aktiviteter", en: "Activities")[language] }
    /// "Timeforbrug".
    var timeUse: String { Localized(da: "Timeforbrug", en: "Hours")[language] }
    /// Callout titles: the seed's OBS and FAKTA boxes, examples and guideline references.
    var obs: String { Localized(da: "OBS", en: "Note")[language] }
    /// "FAKTA".
    var fact: String { Localized(da: "FAKTA", en: "Fact")[language] }
    /// "Eksempel".
    var example: String { Localized(da: "Eksempel", en: "Example")[language] }
    /// "Nationale retningslinjer".
    var guidelines: String { Localized(da: "Nationale retningslinjer", en: "National guidelines")[language] }
    /// The note under the hours tables: "Timeforbrug" governs.
    var hoursNote: String {
        Localized(
            da: "Timetallene følger forebyggelsespakkens timeforbrug. Hvor mødebeskrivelsen og timeforbruget er uenige (det sidste praksisfortællingsmøde: 2 timer mod 2½ time), gælder timeforbruget.",
            en: "The hours follow the prevention package's \"Timeforbrug\" (hours) rules. Where the meeting description and those rules disagree (the last story meeting: 2 hours against 2½ hours), the hours rules govern.")[language]
    }
    /// The note under the schedule: weekend moves and date rules.
    var scheduleNote: String {
        Localized(
            da: "Et møde, der ville falde på en lørdag eller søndag, er flyttet til den følgende mandag.",
            en: "A meeting that would fall on a Saturday or a Sunday is moved to the following Monday.")[language]
    }
    /// The note comparing the plan's length with the seed's "ca. 6 måneder": first day, last day, weeks.
    var courseLengthNote: @Sendable (_ start: String, _ end: String, _ weeks: Int) -> String {
        Localized<@Sendable (_ start: String, _ end: String, _ weeks: Int) -> String>(
            da: {
                "Forløbet varer her fra \($0) til \($1) (\($2) uger). Forebyggelsespakken regner med ca. 6 måneder, men også med praksisfortællingsmøder med ca. 2 ugers mellemrum, og seks møder med 14 dages mellemrum giver ca. 4 måneder. Et forløb på ca. 6 måneder får I ved at sætte intervalDays til 21–28 dage."
            },
            en: {
                "The course runs here from \($0) to \($1) (\($2) weeks). The forebyggelsespakke reckons with about 6 months, but also with story meetings about 2 weeks apart, and six meetings 14 days apart take about 4 months. For a course of about 6 months, set intervalDays to 21–28 days."
            })[language]
    }
    /// "1 time" / "3 timer" in Danish.
    var hourUnit: String { Localized(da: "time", en: "hour")[language] }
    /// "timer".
    var hoursUnit: String { Localized(da: "timer", en: "hours")[language] }
    /// The legal-reference register's title, the lead before its day ("Status pr.") and the lead
    /// when it names no day.
    var legalReferencesTitle: String { Localized(da: "Regler og vejledninger", en: "Rules and guidance")[language] }
    /// "Status pr.".
    var statusAsOf: String { Localized(da: "Status pr.", en: "Status as of")[language] }
    /// "Status med alle registrerede ændringer.".
    var statusWithEveryChange: String {
        Localized(
            da: "Status med alle registrerede ændringer.",
            en: "Status with every recorded change.")[language]
    }
    /// Column titles of the legal-reference table.
    var reference: String { Localized(da: "Henvisning", en: "Reference")[language] }
    /// "Type".
    var kind: String { Localized(da: "Type", en: "Kind")[language] }
    /// "Udstedt".
    var issued: String { Localized(da: "Udstedt", en: "Issued")[language] }
    /// "I kraft fra".
    var inForceFrom: String { Localized(da: "I kraft fra", en: "In force from")[language] }
    /// "Adresse".
    var webAddress: String { Localized(da: "Adresse", en: "Web address")[language] }
    /// "Bemærkning".
    var note: String { Localized(da: "Bemærkning", en: "Note")[language] }
    /// The names of the kinds of legal reference.
    func referenceKinds(_ value: LegalReference.Kind) -> String {
        switch value {
        case .executiveOrder: Localized(da: "Bekendtgørelse", en: "Executive order (bekendtgørelse)")[language]
        case .atGuidance: Localized(da: "AT-vejledning", en: "AT guidance (AT-vejledning)")[language]
        case .nationalGuideline: Localized(da: "Nationale retningslinjer", en: "National guidelines")[language]
        case .other: Localized(da: "Andet", en: "Other")[language]
        }
    }
    /// Status phrases: "Gældende", "Gælder fra", "Afløst af", "Gælder ikke længere" and "fra" before a day.
    var inForce: String { Localized(da: "Gældende", en: "In force")[language] }
    /// "Gælder fra".
    var appliesFrom: String { Localized(da: "Gælder fra", en: "Applies from")[language] }
    /// "Afløst af".
    var supersededBy: String { Localized(da: "Afløst af", en: "Superseded by")[language] }
    /// "Gælder ikke længere".
    var noLongerInForce: String { Localized(da: "Gælder ikke længere", en: "No longer in force")[language] }
    /// "fra".
    var from: String { Localized(da: "fra", en: "from")[language] }

    /// The time as hours with up to two decimals, for example "2,5" for 150 minutes in Danish.
    func hours(_ minutes: Int) -> String {
        let whole = minutes / 60
        let hundredths = ((minutes % 60) * 100 + 30) / 60
        guard hundredths > 0 else { return String(whole) }
        var decimals = hundredths < 10 ? "0\(hundredths)" : String(hundredths)
        while decimals.hasSuffix("0") { decimals.removeLast() }
        return "\(whole)\(language.decimalSeparator)\(decimals)"
    }

    /// "1,5 timer", "1 time".
    func duration(_ minutes: Int) -> String {
        "\(hours(minutes)) \(minutes == 60 ? hourUnit : hoursUnit)"
    }
}
