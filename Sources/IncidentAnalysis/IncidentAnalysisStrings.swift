import DocumentTree
import ForebygCore

/// Every fixed, user-facing label of the IncidentAnalysis module, both languages side by side.
struct IncidentAnalysisStrings: ModuleStrings {
    /// The language the labels are in.
    let language: Language

    // Document
    var reportTitle: String {
        Localized(
            da: "Analyse af registrerede episoder",
            en: "Analysis of registered incidents")[language]
    }
    var previousPeriod: String { Localized(da: "Sammenlignet med", en: "Compared with")[language] }
    var analysisDate: String { Localized(da: "Analysedato", en: "Analysis date")[language] }
    var noRegistrations: String {
        Localized(
            da: "Ingen registreringer i perioden.",
            en: "No registrations in the period.")[language]
    }

    // Vocabulary, in allCases order
    var categoryLabels: [String] {
        Localized(
            da: [
                "Trusler og anden krænkende verbal adfærd", "Fysisk vold", "Seksuel chikane", "Anden chikane",
                "Selvskade og selvmordstrusler",
            ],
            en: [
                "Threats and other abusive verbal behaviour", "Physical violence", "Sexual harassment", "Other harassment",
                "Self-harm and suicide threats",
            ])[language]
    }
    var formLabels: [String] {
        Localized(
            da: [
                "Trussel", "Krænkende sprog", "Slag", "Spark", "Riv", "Bid", "Spyt", "Skub, greb eller fastholdelse",
                "Kast med genstand", "Seksuel adfærd", "Selvskade eller selvmordstrussel", "Anden form",
            ],
            en: [
                "Threat", "Abusive language", "Blow", "Kick", "Scratch", "Bite", "Spitting", "Pushing, grabbing or holding",
                "Thrown object", "Sexual behaviour", "Self-harm or suicide threat", "Other form",
            ])[language]
    }
    var consequenceLabels: [String] {
        Localized(
            da: [
                "Ingen", "Fysisk skade", "Psykisk reaktion", "Lægebehandling", "Sygefravær", "Anmeldt som arbejdsskade",
                "Materiel skade",
            ],
            en: [
                "None", "Physical injury", "Psychological reaction", "Medical treatment", "Sick leave",
                "Reported as an industrial injury", "Property damage",
            ])[language]
    }
    /// The standard shifts' names (dag, aften, nat) in this language.
    var standardShiftNames: [String: String] {
        Localized(
            da: ["dag": "dag", "aften": "aften", "nat": "nat"],
            en: ["dag": "day", "aften": "evening", "nat": "night"])[language]
    }

    // Headings
    var registrationHeading: String { Localized(da: "Registrering af vold", en: "Registering violence")[language] }
    var questionsHeading: String { Localized(da: "Hvad analysen skal besvare", en: "What the analysis should answer")[language] }
    var workingHeading: String {
        Localized(
            da: "Sådan kan I arbejde med analysen",
            en: "How to work with the analysis")[language]
    }
    var overviewHeading: String { Localized(da: "Overblik", en: "Overview")[language] }
    var flagsHeading: String { Localized(da: "Opmærksomhedspunkter", en: "Points for attention")[language] }
    var categoriesHeading: String { Localized(da: "Kategorier", en: "Categories")[language] }
    var trendHeading: String { Localized(da: "Udvikling over tid", en: "Trend over time")[language] }
    var timeHeading: String { Localized(da: "Hvornår sker det?", en: "When does it happen?")[language] }
    var locationsHeading: String { Localized(da: "Hvor sker det?", en: "Where does it happen?")[language] }
    var peopleHeading: String {
        Localized(
            da: "Hvem rammes, og hvilke borgere er involveret?",
            en: "Who is hit, and which citizens are involved?")[language]
    }
    var formsHeading: String { Localized(da: "Former og konsekvenser", en: "Forms and consequences")[language] }
    var affectedHeading: String { Localized(da: "Hvor påvirket er medarbejderne?", en: "How affected are the staff?")[language] }
    var followUpHeading: String { Localized(da: "Opfølgning med læringssamtale", en: "Follow-up with a learning talk")[language] }
    var repeatsHeading: String { Localized(da: "Mønstre og gentagelser", en: "Patterns and repeats")[language] }
    var noFlags: String {
        Localized(
            da: "Analysen giver ingen opmærksomhedspunkter.",
            en: "The analysis raises no points for attention.")[language]
    }
    var noRepeats: String {
        Localized(
            da: "Ingen borger, intet sted og intet tidsrum går igen i perioden.",
            en: "No citizen, place or time slot recurs in the period.")[language]
    }
    var noLateFollowUps: String {
        Localized(
            da: "Alle læringssamtaler er holdt til tiden eller endnu ikke forfaldne.",
            en: "Every learning talk was held in time or is not yet due.")[language]
    }

    // Chart titles and axes
    var byCategoryTitle: String { Localized(da: "Registreringer pr. kategori", en: "Registrations by category")[language] }
    var byMonthTitle: String { Localized(da: "Registreringer pr. måned", en: "Registrations by month")[language] }
    var byWeekTitle: String { Localized(da: "Registreringer pr. uge", en: "Registrations by week")[language] }
    var byHourTitle: String {
        Localized(
            da: "Registreringer pr. time på døgnet",
            en: "Registrations by hour of the day")[language]
    }
    var byShiftTitle: String { Localized(da: "Registreringer pr. vagt", en: "Registrations by shift")[language] }
    var byWeekdayTitle: String { Localized(da: "Registreringer pr. ugedag", en: "Registrations by weekday")[language] }
    var byLocationTitle: String { Localized(da: "Registreringer pr. sted", en: "Registrations by location")[language] }
    var affectedLevelTitle: String {
        Localized(
            da: "Hvor påvirket medarbejderen er (1–10)",
            en: "How affected the employee is (1–10)")[language]
    }
    var registrations: String { Localized(da: "Registreringer", en: "Registrations")[language] }
    var category: String { Localized(da: "Kategori", en: "Category")[language] }
    var month: String { Localized(da: "Måned", en: "Month")[language] }
    var week: String { Localized(da: "Uge", en: "Week")[language] }
    var hour: String { Localized(da: "Klokkeslæt", en: "Time of day")[language] }
    var location: String { Localized(da: "Sted", en: "Location")[language] }
    var affectedLevel: String { Localized(da: "Påvirkning", en: "Affected level")[language] }

    // Tables
    var summaryCaption: String { Localized(da: "Nøgletal for perioden", en: "Key figures for the period")[language] }
    var measure: String { Localized(da: "Nøgletal", en: "Key figure")[language] }
    var value: String { Localized(da: "Værdi", en: "Value")[language] }
    var previousCount: String { Localized(da: "Forrige periode", en: "Previous period")[language] }
    var difference: String { Localized(da: "Forskel", en: "Difference")[language] }
    var percentChange: String { Localized(da: "Ændring", en: "Change")[language] }
    var categoryChangeCaption: String {
        Localized(
            da: "Kategorier sammenlignet med forrige periode",
            en: "Categories compared with the previous period")[language]
    }
    var byCitizenCaption: String { Localized(da: "Registreringer pr. borger", en: "Registrations by citizen")[language] }
    var professionalGroup: String { Localized(da: "Faggruppe", en: "Professional group")[language] }
    var byGroupCaption: String {
        Localized(
            da: "Registreringer pr. faggruppe",
            en: "Registrations by professional group")[language]
    }
    var form: String { Localized(da: "Form", en: "Form")[language] }
    var byFormCaption: String { Localized(da: "Hvilken form for vold", en: "What form the violence took")[language] }
    var consequence: String { Localized(da: "Konsekvens", en: "Consequence")[language] }
    var byConsequenceCaption: String {
        Localized(
            da: "Konsekvenser for medarbejderne",
            en: "Consequences for the staff")[language]
    }
    var followUpCaption: String { Localized(da: "Læringssamtaler", en: "Learning talks")[language] }
    var onTime: String { Localized(da: "Holdt til tiden", en: "Held in time")[language] }
    var pending: String { Localized(da: "Endnu ikke forfalden", en: "Not yet due")[language] }
    var late: String { Localized(da: "For sent eller mangler", en: "Late or missing")[language] }
    var lateCaption: String {
        Localized(
            da: "Episoder uden læringssamtale til tiden",
            en: "Incidents without a learning talk in time")[language]
    }
    var incident: String { Localized(da: "Episode", en: "Incident")[language] }
    var dueDate: String { Localized(da: "Frist", en: "Due")[language] }
    var heldOn: String { Localized(da: "Holdt", en: "Held")[language] }
    var notHeld: String { Localized(da: "ikke holdt", en: "not held")[language] }
    var repeatsCaption: String { Localized(da: "Gentagelser", en: "Repeats")[language] }
    var subjectKind: String { Localized(da: "Hvad går igen", en: "What recurs")[language] }
    var subject: String { Localized(da: "Hvem eller hvad", en: "Who or what")[language] }
    var firstDate: String { Localized(da: "Første", en: "First")[language] }
    var lastDate: String { Localized(da: "Sidste", en: "Last")[language] }
    var citizenKind: String { Localized(da: "Borger", en: "Citizen")[language] }
    var locationKind: String { Localized(da: "Sted", en: "Location")[language] }
    var timeSlotKind: String { Localized(da: "Tidsrum", en: "Time slot")[language] }
    var previousTotal: String {
        Localized(
            da: "Registreringer i forrige periode",
            en: "Registrations in the previous period")[language]
    }
    var nearMisses: String { Localized(da: "Nærvedepisoder", en: "Near misses")[language] }
    var nearMissShare: String { Localized(da: "Andel nærvedepisoder", en: "Share of near misses")[language] }
    var useOfForce: String { Localized(da: "Med magtanvendelse", en: "With use of force")[language] }
    var affectedMean: String { Localized(da: "Påvirkning, gennemsnit", en: "Affected level, mean")[language] }
    var affectedMedian: String { Localized(da: "Påvirkning, median", en: "Affected level, median")[language] }
    var withoutCitizen: String { Localized(da: "Uden borger", en: "Without a citizen")[language] }
    var notComputable: String { Localized(da: "–", en: "–")[language] }

    // Numbers
    var percentSign: String { Localized(da: " %", en: "%")[language] }
    var listJoiner: String { Localized(da: " og ", en: " and ")[language] }

    // Sentences
    /// The peak of a chart: its labels joined, their count and the total.
    var peakSummary: @Sendable (_ labels: String, _ count: Int, _ total: Int) -> String {
        Localized<@Sendable (_ labels: String, _ count: Int, _ total: Int) -> String>(
            da: { "Flest: \($0) med \($1) af \($2) \($2 == 1 ? "registrering" : "registreringer")." },
            en: { "Highest: \($0) with \($1) of \($2) \($2 == 1 ? "registration" : "registrations")." })[language]
    }
    /// A line chart from its first to its last point.
    var trendSummary: @Sendable (_ firstCount: Int, _ firstLabel: String, _ lastCount: Int, _ lastLabel: String) -> String {
        Localized<@Sendable (_ firstCount: Int, _ firstLabel: String, _ lastCount: Int, _ lastLabel: String) -> String>(
            da: { "Fra \($0) \($0 == 1 ? "registrering" : "registreringer") i \($1) til \($2) i \($3)." },
            en: { "From \($0) \($0 == 1 ? "registration" : "registrations") in \($1) to \($2) in \($3)." })[language]
    }
    /// The affected levels' mean and median.
    var affectedSummary: @Sendable (_ mean: String, _ median: String) -> String {
        Localized<@Sendable (_ mean: String, _ median: String) -> String>(
            da: { "Gennemsnittet er \($0) og medianen \($1) på skalaen fra 1 til 10." },
            en: { "The mean is \($0) and the median \($1) on the scale from 1 to 10." })[language]
    }
    /// An ISO week's label.
    var weekLabel: @Sendable (_ week: Int) -> String {
        Localized<@Sendable (_ week: Int) -> String>(
            da: { "uge \($0)" },
            en: { "week \($0)" })[language]
    }
    var lowNearMissTitle: String { Localized(da: "Få nærvedepisoder", en: "Few near misses")[language] }
    /// Why a low near-miss share matters.
    var lowNearMissText: @Sendable (_ share: String, _ threshold: String) -> String {
        Localized<@Sendable (_ share: String, _ threshold: String) -> String>(
            da: {
                "Kun \($0) af registreringerne er nærvedepisoder (grænse: \($1)). En lav andel tyder på underregistrering: at episoder primært registreres ved høje eskaleringer, og at de mindre episoder, hvor der kan forebygges, før nogen kommer til skade, ikke kommer med."
            },
            en: {
                "Only \($0) of the registrations are near misses (threshold: \($1)). A low share suggests under-registration: incidents are registered mainly at high escalation, and the smaller ones, where prevention is possible before anyone is harmed, are left out."
            })[language]
    }
    var lateFollowUpTitle: String { Localized(da: "Læringssamtaler for sent", en: "Learning talks late")[language] }
    /// How many learning talks came late.
    var lateFollowUpText: @Sendable (_ count: Int, _ days: Int) -> String {
        Localized<@Sendable (_ count: Int, _ days: Int) -> String>(
            da: {
                "\($0) \($0 == 1 ? "episode har" : "episoder har") ikke haft en læringssamtale senest \($1) dage efter episoden. Fristen er arbejdspladsens egen indstilling (followUpDays, som standard 3 dage), ikke en regel i kildeteksten: Vold som Udtryksform (2019) nævner »senest tre dage« som et eksempel på, hvornår lederen kan indkalde de involverede, og anbefaler at vente med læringssamtaler, til situationen er kommet lidt på afstand, »fx nogle dage eller uger efter«."
            },
            en: {
                "\($0) \($0 == 1 ? "incident has" : "incidents have") had no learning talk within \($1) days of the incident. The deadline is the workplace's own setting (followUpDays, 3 days by default), not a rule of the source text: Vold som Udtryksform (2019) gives »senest tre dage« (within three days) as an example of when the leader can call the people involved together, and advises waiting with learning talks until the situation is at some distance, »fx nogle dage eller uger efter« (for example some days or weeks after)."
            })[language]
    }
    /// A repeat's callout title.
    var repeatTitle: @Sendable (_ kind: String, _ subject: String) -> String {
        Localized<@Sendable (_ kind: String, _ subject: String) -> String>(
            da: { "Gentagelse: \($0.lowercased()) \($1)" },
            en: { "Repeat: \($0.lowercased()) \($1)" })[language]
    }
    /// A repeat's callout text.
    var repeatText: @Sendable (_ count: Int, _ first: String, _ last: String, _ windowDays: Int) -> String {
        Localized<@Sendable (_ count: Int, _ first: String, _ last: String, _ windowDays: Int) -> String>(
            da: { "\($0) episoder mellem \($1) og \($2), inden for \($3) dage." },
            en: { "\($0) incidents between \($1) and \($2), within \($3) days." })[language]
    }
}
