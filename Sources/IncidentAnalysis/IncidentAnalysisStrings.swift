import ForebygCore

/// Every fixed, user-facing label of the IncidentAnalysis module, one value per language.
struct IncidentAnalysisStrings: Sendable {
    // Document
    let reportTitle: String
    let workplace: String
    let period: String
    let previousPeriod: String
    let analysisDate: String
    let noRegistrations: String

    // Vocabulary, in allCases order
    let categoryLabels: [String]
    let formLabels: [String]
    let consequenceLabels: [String]
    /// The standard shifts' names (dag, aften, nat) in this language.
    let standardShiftNames: [String: String]

    // Headings
    let registrationHeading: String
    let questionsHeading: String
    let workingHeading: String
    let overviewHeading: String
    let flagsHeading: String
    let categoriesHeading: String
    let trendHeading: String
    let timeHeading: String
    let locationsHeading: String
    let peopleHeading: String
    let formsHeading: String
    let affectedHeading: String
    let followUpHeading: String
    let repeatsHeading: String
    let noFlags: String
    let noRepeats: String
    let noLateFollowUps: String

    // Chart titles and axes
    let byCategoryTitle: String
    let byMonthTitle: String
    let byWeekTitle: String
    let byHourTitle: String
    let byShiftTitle: String
    let byWeekdayTitle: String
    let byLocationTitle: String
    let affectedLevelTitle: String
    let registrations: String
    let category: String
    let month: String
    let week: String
    let hour: String
    let shift: String
    let weekday: String
    let location: String
    let affectedLevel: String

    // Tables
    let summaryCaption: String
    let measure: String
    let value: String
    let count: String
    let previousCount: String
    let difference: String
    let percentChange: String
    let categoryChangeCaption: String
    let citizen: String
    let byCitizenCaption: String
    let professionalGroup: String
    let byGroupCaption: String
    let form: String
    let byFormCaption: String
    let consequence: String
    let byConsequenceCaption: String
    let followUpCaption: String
    let status: String
    let onTime: String
    let pending: String
    let late: String
    let lateCaption: String
    let incident: String
    let time: String
    let dueDate: String
    let heldOn: String
    let notHeld: String
    let repeatsCaption: String
    let subjectKind: String
    let subject: String
    let firstDate: String
    let lastDate: String
    let citizenKind: String
    let locationKind: String
    let timeSlotKind: String
    let total: String
    let totalRow: String
    let previousTotal: String
    let nearMisses: String
    let nearMissShare: String
    let useOfForce: String
    let affectedMean: String
    let affectedMedian: String
    let withoutCitizen: String
    let notComputable: String

    // Numbers
    let percentSign: String
    let listJoiner: String

    // Sentences
    /// The peak of a chart: its labels joined, their count and the total.
    let peakSummary: @Sendable (_ labels: String, _ count: Int, _ total: Int) -> String
    /// A line chart from its first to its last point.
    let trendSummary: @Sendable (_ firstCount: Int, _ firstLabel: String, _ lastCount: Int, _ lastLabel: String) -> String
    /// The affected levels' mean and median.
    let affectedSummary: @Sendable (_ mean: String, _ median: String) -> String
    /// An ISO week's label.
    let weekLabel: @Sendable (_ week: Int) -> String
    let lowNearMissTitle: String
    /// Why a low near-miss share matters.
    let lowNearMissText: @Sendable (_ share: String, _ threshold: String) -> String
    let lateFollowUpTitle: String
    /// How many learning talks came late.
    let lateFollowUpText: @Sendable (_ count: Int, _ days: Int) -> String
    /// A repeat's callout title.
    let repeatTitle: @Sendable (_ kind: String, _ subject: String) -> String
    /// A repeat's callout text.
    let repeatText: @Sendable (_ count: Int, _ first: String, _ last: String, _ windowDays: Int) -> String

    static let danish = IncidentAnalysisStrings(
        reportTitle: "Analyse af registrerede episoder",
        workplace: "Arbejdsplads",
        period: "Periode",
        previousPeriod: "Sammenlignet med",
        analysisDate: "Analysedato",
        noRegistrations: "Ingen registreringer i perioden.",
        categoryLabels: [
            "Trusler og anden krænkende verbal adfærd", "Fysisk vold", "Seksuel chikane", "Anden chikane",
            "Selvskade og selvmordstrusler",
        ],
        formLabels: [
            "Trussel", "Krænkende sprog", "Slag", "Spark", "Riv", "Bid", "Spyt", "Skub, greb eller fastholdelse",
            "Kast med genstand", "Seksuel adfærd", "Selvskade eller selvmordstrussel", "Anden form",
        ],
        consequenceLabels: [
            "Ingen", "Fysisk skade", "Psykisk reaktion", "Lægebehandling", "Sygefravær", "Anmeldt som arbejdsskade",
            "Materiel skade",
        ],
        standardShiftNames: ["dag": "dag", "aften": "aften", "nat": "nat"],
        registrationHeading: "Registrering af vold",
        questionsHeading: "Hvad analysen skal besvare",
        workingHeading: "Sådan kan I arbejde med analysen",
        overviewHeading: "Overblik",
        flagsHeading: "Opmærksomhedspunkter",
        categoriesHeading: "Kategorier",
        trendHeading: "Udvikling over tid",
        timeHeading: "Hvornår sker det?",
        locationsHeading: "Hvor sker det?",
        peopleHeading: "Hvem rammes, og hvilke borgere er involveret?",
        formsHeading: "Former og konsekvenser",
        affectedHeading: "Hvor påvirket er medarbejderne?",
        followUpHeading: "Opfølgning med læringssamtale",
        repeatsHeading: "Mønstre og gentagelser",
        noFlags: "Analysen giver ingen opmærksomhedspunkter.",
        noRepeats: "Ingen borger, intet sted og intet tidsrum går igen i perioden.",
        noLateFollowUps: "Alle læringssamtaler er holdt til tiden eller endnu ikke forfaldne.",
        byCategoryTitle: "Registreringer pr. kategori",
        byMonthTitle: "Registreringer pr. måned",
        byWeekTitle: "Registreringer pr. uge",
        byHourTitle: "Registreringer pr. time på døgnet",
        byShiftTitle: "Registreringer pr. vagt",
        byWeekdayTitle: "Registreringer pr. ugedag",
        byLocationTitle: "Registreringer pr. sted",
        affectedLevelTitle: "Hvor påvirket medarbejderen er (1–10)",
        registrations: "Registreringer",
        category: "Kategori",
        month: "Måned",
        week: "Uge",
        hour: "Klokkeslæt",
        shift: "Vagt",
        weekday: "Ugedag",
        location: "Sted",
        affectedLevel: "Påvirkning",
        summaryCaption: "Nøgletal for perioden",
        measure: "Nøgletal",
        value: "Værdi",
        count: "Antal",
        previousCount: "Forrige periode",
        difference: "Forskel",
        percentChange: "Ændring",
        categoryChangeCaption: "Kategorier sammenlignet med forrige periode",
        citizen: "Borger",
        byCitizenCaption: "Registreringer pr. borger",
        professionalGroup: "Faggruppe",
        byGroupCaption: "Registreringer pr. faggruppe",
        form: "Form",
        byFormCaption: "Hvilken form for vold",
        consequence: "Konsekvens",
        byConsequenceCaption: "Konsekvenser for medarbejderne",
        followUpCaption: "Læringssamtaler",
        status: "Status",
        onTime: "Holdt til tiden",
        pending: "Endnu ikke forfalden",
        late: "For sent eller mangler",
        lateCaption: "Episoder uden læringssamtale til tiden",
        incident: "Episode",
        time: "Tidspunkt",
        dueDate: "Frist",
        heldOn: "Holdt",
        notHeld: "ikke holdt",
        repeatsCaption: "Gentagelser",
        subjectKind: "Hvad går igen",
        subject: "Hvem eller hvad",
        firstDate: "Første",
        lastDate: "Sidste",
        citizenKind: "Borger",
        locationKind: "Sted",
        timeSlotKind: "Tidsrum",
        total: "Registreringer",
        totalRow: "I alt",
        previousTotal: "Registreringer i forrige periode",
        nearMisses: "Nærvedepisoder",
        nearMissShare: "Andel nærvedepisoder",
        useOfForce: "Med magtanvendelse",
        affectedMean: "Påvirkning, gennemsnit",
        affectedMedian: "Påvirkning, median",
        withoutCitizen: "Uden borger",
        notComputable: "–",
        percentSign: " %",
        listJoiner: " og ",
        peakSummary: { "Flest: \($0) med \($1) af \($2) \($2 == 1 ? "registrering" : "registreringer")." },
        trendSummary: { "Fra \($0) \($0 == 1 ? "registrering" : "registreringer") i \($1) til \($2) i \($3)." },
        affectedSummary: { "Gennemsnittet er \($0) og medianen \($1) på skalaen fra 1 til 10." },
        weekLabel: { "uge \($0)" },
        lowNearMissTitle: "Få nærvedepisoder",
        lowNearMissText: {
            "Kun \($0) af registreringerne er nærvedepisoder (grænse: \($1)). En lav andel tyder på underregistrering: at episoder primært registreres ved høje eskaleringer, og at de mindre episoder, hvor der kan forebygges, før nogen kommer til skade, ikke kommer med."
        },
        lateFollowUpTitle: "Læringssamtaler for sent",
        lateFollowUpText: {
            "\($0) \($0 == 1 ? "episode har" : "episoder har") ikke haft en læringssamtale senest \($1) dage efter episoden. Fristen er arbejdspladsens egen indstilling (followUpDays, som standard 3 dage), ikke en regel i kildeteksten: Vold som Udtryksform (2019) nævner »senest tre dage« som et eksempel på, hvornår lederen kan indkalde de involverede, og anbefaler at vente med læringssamtaler, til situationen er kommet lidt på afstand, »fx nogle dage eller uger efter«."
        },
        repeatTitle: { "Gentagelse: \($0.lowercased()) \($1)" },
        repeatText: { "\($0) episoder mellem \($1) og \($2), inden for \($3) dage." },
    )

    static let english = IncidentAnalysisStrings(
        reportTitle: "Analysis of registered incidents",
        workplace: "Workplace",
        period: "Period",
        previousPeriod: "Compared with",
        analysisDate: "Analysis date",
        noRegistrations: "No registrations in the period.",
        categoryLabels: [
            "Threats and other abusive verbal behaviour", "Physical violence", "Sexual harassment", "Other harassment",
            "Self-harm and suicide threats",
        ],
        formLabels: [
            "Threat", "Abusive language", "Blow", "Kick", "Scratch", "Bite", "Spitting", "Pushing, grabbing or holding",
            "Thrown object", "Sexual behaviour", "Self-harm or suicide threat", "Other form",
        ],
        consequenceLabels: [
            "None", "Physical injury", "Psychological reaction", "Medical treatment", "Sick leave",
            "Reported as an industrial injury", "Property damage",
        ],
        standardShiftNames: ["dag": "day", "aften": "evening", "nat": "night"],
        registrationHeading: "Registering violence",
        questionsHeading: "What the analysis should answer",
        workingHeading: "How to work with the analysis",
        overviewHeading: "Overview",
        flagsHeading: "Points for attention",
        categoriesHeading: "Categories",
        trendHeading: "Trend over time",
        timeHeading: "When does it happen?",
        locationsHeading: "Where does it happen?",
        peopleHeading: "Who is hit, and which citizens are involved?",
        formsHeading: "Forms and consequences",
        affectedHeading: "How affected are the staff?",
        followUpHeading: "Follow-up with a learning talk",
        repeatsHeading: "Patterns and repeats",
        noFlags: "The analysis raises no points for attention.",
        noRepeats: "No citizen, place or time slot recurs in the period.",
        noLateFollowUps: "Every learning talk was held in time or is not yet due.",
        byCategoryTitle: "Registrations by category",
        byMonthTitle: "Registrations by month",
        byWeekTitle: "Registrations by week",
        byHourTitle: "Registrations by hour of the day",
        byShiftTitle: "Registrations by shift",
        byWeekdayTitle: "Registrations by weekday",
        byLocationTitle: "Registrations by location",
        affectedLevelTitle: "How affected the employee is (1–10)",
        registrations: "Registrations",
        category: "Category",
        month: "Month",
        week: "Week",
        hour: "Time of day",
        shift: "Shift",
        weekday: "Weekday",
        location: "Location",
        affectedLevel: "Affected level",
        summaryCaption: "Key figures for the period",
        measure: "Key figure",
        value: "Value",
        count: "Count",
        previousCount: "Previous period",
        difference: "Difference",
        percentChange: "Change",
        categoryChangeCaption: "Categories compared with the previous period",
        citizen: "Citizen",
        byCitizenCaption: "Registrations by citizen",
        professionalGroup: "Professional group",
        byGroupCaption: "Registrations by professional group",
        form: "Form",
        byFormCaption: "What form the violence took",
        consequence: "Consequence",
        byConsequenceCaption: "Consequences for the staff",
        followUpCaption: "Learning talks",
        status: "Status",
        onTime: "Held in time",
        pending: "Not yet due",
        late: "Late or missing",
        lateCaption: "Incidents without a learning talk in time",
        incident: "Incident",
        time: "Time",
        dueDate: "Due",
        heldOn: "Held",
        notHeld: "not held",
        repeatsCaption: "Repeats",
        subjectKind: "What recurs",
        subject: "Who or what",
        firstDate: "First",
        lastDate: "Last",
        citizenKind: "Citizen",
        locationKind: "Location",
        timeSlotKind: "Time slot",
        total: "Registrations",
        totalRow: "Total",
        previousTotal: "Registrations in the previous period",
        nearMisses: "Near misses",
        nearMissShare: "Share of near misses",
        useOfForce: "With use of force",
        affectedMean: "Affected level, mean",
        affectedMedian: "Affected level, median",
        withoutCitizen: "Without a citizen",
        notComputable: "–",
        percentSign: "%",
        listJoiner: " and ",
        peakSummary: { "Highest: \($0) with \($1) of \($2) \($2 == 1 ? "registration" : "registrations")." },
        trendSummary: { "From \($0) \($0 == 1 ? "registration" : "registrations") in \($1) to \($2) in \($3)." },
        affectedSummary: { "The mean is \($0) and the median \($1) on the scale from 1 to 10." },
        weekLabel: { "week \($0)" },
        lowNearMissTitle: "Few near misses",
        lowNearMissText: {
            "Only \($0) of the registrations are near misses (threshold: \($1)). A low share suggests under-registration: incidents are registered mainly at high escalation, and the smaller ones, where prevention is possible before anyone is harmed, are left out."
        },
        lateFollowUpTitle: "Learning talks late",
        lateFollowUpText: {
            "\($0) \($0 == 1 ? "incident has" : "incidents have") had no learning talk within \($1) days of the incident. The deadline is the workplace's own setting (followUpDays, 3 days by default), not a rule of the source text: Vold som Udtryksform (2019) gives »senest tre dage« (within three days) as an example of when the leader can call the people involved together, and advises waiting with learning talks until the situation is at some distance, »fx nogle dage eller uger efter« (for example some days or weeks after)."
        },
        repeatTitle: { "Repeat: \($0.lowercased()) \($1)" },
        repeatText: { "\($0) incidents between \($1) and \($2), within \($3) days." },
    )

    static func `for`(_ language: Language) -> IncidentAnalysisStrings {
        switch language {
        case .danish: danish
        case .english: english
        }
    }
}
