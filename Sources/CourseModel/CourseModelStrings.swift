import ForebygCore

/// Every fixed, user-facing label of the CourseModel module, one value per language.
///
/// The seed's own content (duties, agendas, questions, stories) stays Danish in every language.
struct CourseModelStrings: Sendable {
    /// The role names, for example "Tovholder".
    let roleNames: [CourseRole: String]
    /// The meeting names, for example "Midtvejsmøde".
    let meetingNames: [MeetingKind: String]
    /// "Fase".
    let phase: String
    /// The four phase names.
    let phaseNames: [String]
    /// "Støtteark".
    let supportSheet: String
    /// The course plan's title.
    let coursePlanTitle: String
    /// The title prefix of a meeting's agenda document.
    let agendaTitle: String
    /// Headings of the course plan.
    let participants, workingGroups, schedule, hoursPerPerson, hoursPerRole, hoursPerPhase, hoursTotal,
        rolesAndDuties, duties, considerations, phases: String
    /// Headings of an agenda document.
    let purposes, agenda, afterTheMeeting, length, questions: String
    /// Headings of the story meeting's three agendas.
    let firstStoryMeeting, regularStoryMeeting, lastStoryMeeting: String
    let preMeetingBeforeMidway, preMeetingBeforeFinal: String
    let introductionTitle: String
    let firstSparringMeeting, secondSparringMeeting: String
    /// Column titles.
    let date, weekday, meeting, number, workingGroup, duration, person, name, title, roles, hours, minutes,
        members, facilitators, scribe, role, peopleCount, step, item, lead, details, span, activities, timeUse,
        total: String
    /// Callout titles: the seed's OBS and FAKTA boxes, examples and guideline references.
    let obs, fact, example, guidelines: String
    /// The note under the hours tables: "Timeforbrug" governs.
    let hoursNote: String
    /// The note under the schedule: weekend moves and date rules.
    let scheduleNote: String
    /// The note comparing the plan's length with the seed's "ca. 6 måneder": first day, last day, weeks.
    let courseLengthNote: @Sendable (_ start: String, _ end: String, _ weeks: Int) -> String
    /// "1 time" / "3 timer" in Danish.
    let hourUnit, hoursUnit: String
    /// The decimal separator for hours ("," in Danish), the language's own (`Language.decimalSeparator`).
    let decimalSeparator: String
    /// The legal-reference register's title, the lead before its day ("Status pr.") and the lead
    /// when it names no day.
    let legalReferencesTitle, statusAsOf, statusWithEveryChange: String
    /// Column titles of the legal-reference table.
    let reference, kind, issued, inForceFrom, status, webAddress, note: String
    /// The names of the kinds of legal reference.
    let referenceKinds: [LegalReference.Kind: String]
    /// Status phrases: "Gældende", "Gælder fra", "Afløst af", "Gælder ikke længere" and "fra" before a day.
    let inForce, appliesFrom, supersededBy, noLongerInForce, from: String

    /// The time as hours with up to two decimals, for example "2,5" for 150 minutes in Danish.
    func hours(_ minutes: Int) -> String {
        let whole = minutes / 60
        let hundredths = ((minutes % 60) * 100 + 30) / 60
        guard hundredths > 0 else { return String(whole) }
        var decimals = hundredths < 10 ? "0\(hundredths)" : String(hundredths)
        while decimals.hasSuffix("0") { decimals.removeLast() }
        return "\(whole)\(decimalSeparator)\(decimals)"
    }

    /// "1,5 timer", "1 time".
    func duration(_ minutes: Int) -> String {
        "\(hours(minutes)) \(minutes == 60 ? hourUnit : hoursUnit)"
    }

    static let danish = CourseModelStrings(
        roleNames: [
            .topManager: "Øverste leder", .dailyManager: "Daglig leder", .implementationGroup: "Implementeringsgruppe",
            .facilitator: "Tovholder", .scribe: "Skribent", .workingGroup: "Arbejdsgruppe",
            .otherEmployees: "Øvrige medarbejdere", .worksCouncil: "MED-udvalg/arbejdsmiljøorganisation",
        ],
        meetingNames: [
            .implementationGroupFormation: "Nedsættelse af implementeringsgruppe",
            .planningMeeting: "Planlægningsmøde i implementeringsgruppen", .informationMeeting: "Informationsmøde",
            .storyMeeting: "Praksisfortællingsmøde", .preMeeting: "Møde i implementeringsgruppen (formøde)",
            .sparringMeeting: "Sparringsmøde", .midwayMeeting: "Midtvejsmøde", .finalMeeting: "Afsluttende møde",
        ],
        phase: "Fase",
        phaseNames: ["Forberedelse", "Opstart", "Drøftelse, beslutning og implementering", "Afslutning"],
        supportSheet: "Støtteark",
        coursePlanTitle: "Forløbsplan: Brug fortællinger til at forebygge arbejdsrelateret vold",
        agendaTitle: "Dagsorden",
        participants: "Deltagere", workingGroups: "Arbejdsgrupper", schedule: "Tidsplan",
        hoursPerPerson: "Timeforbrug pr. person", hoursPerRole: "Timeforbrug pr. rolle",
        hoursPerPhase: "Timeforbrug pr. fase", hoursTotal: "Timeforbrug i alt", rolesAndDuties: "Roller og opgaver",
        duties: "Opgaver", considerations: "Vær opmærksom på", phases: "Faser",
        purposes: "Formål", agenda: "Dagsorden", afterTheMeeting: "Efter mødet", length: "Varighed",
        questions: "Spørgsmål",
        firstStoryMeeting: "Det første praksisfortællingsmøde", regularStoryMeeting: "De øvrige praksisfortællingsmøder",
        lastStoryMeeting: "Det sidste praksisfortællingsmøde",
        preMeetingBeforeMidway: "Formødet før midtvejsmødet", preMeetingBeforeFinal: "Formødet før det afsluttende møde",
        introductionTitle: "Introduktion til forebyggelsespakken",
        firstSparringMeeting: "Det første sparringsmøde", secondSparringMeeting: "Det andet – og sidste – sparringsmøde",
        date: "Dato", weekday: "Ugedag", meeting: "Møde", number: "Nr.", workingGroup: "Arbejdsgruppe",
        duration: "Varighed (timer)", person: "Person", name: "Navn", title: "Titel", roles: "Roller", hours: "Timer",
        minutes: "Minutter", members: "Medlemmer", facilitators: "Tovholder(e)", scribe: "Skribent", role: "Rolle",
        peopleCount: "Antal personer", step: "Trin", item: "Punkt", lead: "Ved", details: "Indhold",
        span: "Varighed", activities: "Aktiviteter", timeUse: "Timeforbrug", total: "I alt",
        obs: "OBS", fact: "FAKTA", example: "Eksempel", guidelines: "Nationale retningslinjer",
        hoursNote:
            "Timetallene følger forebyggelsespakkens timeforbrug. Hvor mødebeskrivelsen og timeforbruget er uenige (det sidste praksisfortællingsmøde: 2 timer mod 2½ time), gælder timeforbruget.",
        scheduleNote: "Et møde, der ville falde på en lørdag eller søndag, er flyttet til den følgende mandag.",
        courseLengthNote: {
            "Forløbet varer her fra \($0) til \($1) (\($2) uger). Forebyggelsespakken regner med ca. 6 måneder, men også med praksisfortællingsmøder med ca. 2 ugers mellemrum, og seks møder med 14 dages mellemrum giver ca. 4 måneder. Et forløb på ca. 6 måneder får I ved at sætte intervalDays til 21–28 dage."
        },
        hourUnit: "time", hoursUnit: "timer", decimalSeparator: Language.danish.decimalSeparator,
        legalReferencesTitle: "Regler og vejledninger", statusAsOf: "Status pr.",
        statusWithEveryChange: "Status med alle registrerede ændringer.",
        reference: "Henvisning", kind: "Type", issued: "Udstedt", inForceFrom: "I kraft fra", status: "Status",
        webAddress: "Adresse", note: "Bemærkning",
        referenceKinds: [
            .executiveOrder: "Bekendtgørelse", .atGuidance: "AT-vejledning",
            .nationalGuideline: "Nationale retningslinjer", .other: "Andet",
        ],
        inForce: "Gældende", appliesFrom: "Gælder fra", supersededBy: "Afløst af",
        noLongerInForce: "Gælder ikke længere", from: "fra"
    )

    static let english = CourseModelStrings(
        roleNames: [
            .topManager: "Top manager", .dailyManager: "Daily manager", .implementationGroup: "Implementation group",
            .facilitator: "Facilitator", .scribe: "Scribe", .workingGroup: "Working group",
            .otherEmployees: "Other employees", .worksCouncil: "Works council / health and safety organisation",
        ],
        meetingNames: [
            .implementationGroupFormation: "Forming the implementation group",
            .planningMeeting: "Planning meeting of the implementation group", .informationMeeting: "Information meeting",
            .storyMeeting: "Story meeting", .preMeeting: "Implementation group pre-meeting",
            .sparringMeeting: "Sparring meeting", .midwayMeeting: "Midway meeting", .finalMeeting: "Final meeting",
        ],
        phase: "Phase",
        phaseNames: ["Preparation", "Start-up", "Discussion, decision and implementation", "Conclusion"],
        supportSheet: "Support sheet",
        coursePlanTitle: "Course plan: Using stories to prevent work-related violence",
        agendaTitle: "Agenda",
        participants: "Participants", workingGroups: "Working groups", schedule: "Schedule",
        hoursPerPerson: "Hours per person", hoursPerRole: "Hours per role", hoursPerPhase: "Hours per phase",
        hoursTotal: "Total hours", rolesAndDuties: "Roles and duties", duties: "Duties",
        considerations: "Points to consider", phases: "Phases",
        purposes: "Purpose", agenda: "Agenda", afterTheMeeting: "After the meeting", length: "Length",
        questions: "Questions",
        firstStoryMeeting: "The first story meeting", regularStoryMeeting: "The other story meetings",
        lastStoryMeeting: "The last story meeting",
        preMeetingBeforeMidway: "The pre-meeting before the midway meeting",
        preMeetingBeforeFinal: "The pre-meeting before the final meeting",
        introductionTitle: "Introduction to the prevention package",
        firstSparringMeeting: "The first sparring meeting", secondSparringMeeting: "The second and last sparring meeting",
        date: "Date", weekday: "Weekday", meeting: "Meeting", number: "No.", workingGroup: "Working group",
        duration: "Length (hours)", person: "Person", name: "Name", title: "Title", roles: "Roles", hours: "Hours",
        minutes: "Minutes", members: "Members", facilitators: "Facilitator(s)", scribe: "Scribe", role: "Role",
        peopleCount: "People", step: "Step", item: "Item", lead: "Led by", details: "Content",
        span: "Length", activities: "Activities", timeUse: "Hours", total: "Total",
        obs: "Note", fact: "Fact", example: "Example", guidelines: "National guidelines",
        hoursNote:
            "The hours follow the prevention package's \"Timeforbrug\" (hours) rules. Where the meeting description and those rules disagree (the last story meeting: 2 hours against 2½ hours), the hours rules govern.",
        scheduleNote: "A meeting that would fall on a Saturday or a Sunday is moved to the following Monday.",
        courseLengthNote: {
            "The course runs here from \($0) to \($1) (\($2) weeks). The forebyggelsespakke reckons with about 6 months, but also with story meetings about 2 weeks apart, and six meetings 14 days apart take about 4 months. For a course of about 6 months, set intervalDays to 21–28 days."
        },
        hourUnit: "hour", hoursUnit: "hours", decimalSeparator: Language.english.decimalSeparator,
        legalReferencesTitle: "Rules and guidance", statusAsOf: "Status as of",
        statusWithEveryChange: "Status with every recorded change.",
        reference: "Reference", kind: "Kind", issued: "Issued", inForceFrom: "In force from", status: "Status",
        webAddress: "Web address", note: "Note",
        referenceKinds: [
            .executiveOrder: "Executive order (bekendtgørelse)", .atGuidance: "AT guidance (AT-vejledning)",
            .nationalGuideline: "National guidelines", .other: "Other",
        ],
        inForce: "In force", appliesFrom: "Applies from", supersededBy: "Superseded by",
        noLongerInForce: "No longer in force", from: "from"
    )

    static func `for`(_ language: Language) -> CourseModelStrings {
        switch language {
        case .danish: danish
        case .english: english
        }
    }
}
