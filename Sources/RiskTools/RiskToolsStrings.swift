import DocumentTree
import ForebygCore

/// Every fixed, user-facing label of the RiskTools module, both languages side by side.
///
/// Seed content (questions, the Mestringsskema's quoted rules) is Danish in both languages and
/// lives with the types it belongs to; what changes here are headings, column titles, field
/// labels and band names.
struct RiskToolsStrings: ModuleStrings {
    /// The language the labels are in.
    let language: Language

    // Shared
    var staffMember: String { Localized(da: "Medarbejder", en: "Staff member")[language] }
    var note: String { Localized(da: "Note", en: "Note")[language] }
    var yes: String { Localized(da: "ja", en: "yes")[language] }
    var no: String { Localized(da: "nej", en: "no")[language] }
    var none: String { Localized(da: "Ingen.", en: "None.")[language] }
    var noteTitle: String { Localized(da: "OBS", en: "Note")[language] }

    // BVC
    var bvcTitle: String { Localized(da: "Brøset Violence Checklist (BVC)", en: "Brøset Violence Checklist (BVC)")[language] }
    var bvcSeriesSubject: String { Localized(da: "Scoringsoversigt", en: "Scoring summary")[language] }
    var bvcItemLabels: [String] {
        Localized(
            da: BVCItem.allCases.map(\.danishLabel),
            en: ["Confusion", "Irritability", "Boisterousness", "Verbal threats", "Physical threats", "Attacking objects"])[language]
    }
    var bvcItemDescriptions: [String] {
        Localized(
            da: [
                "Virker tydeligt forvirret og desorienteret, fx uklar med hensyn til tid, sted eller person.",
                "Bliver let irriteret eller vred og har svært ved at tåle andres tilstedeværelse.",
                "Larmer tydeligt, fx smækker med døre eller råber, når der tales.",
                "Råber eller taler truende med tydelig hensigt om at skræmme eller true en anden person.",
                "Truer fysisk med tydelig hensigt, fx truende kropsholdning, knyttet næve eller løftet arm mod en anden.",
                "Angriber genstande, fx kaster med ting, slår eller sparker til inventar eller smadrer ting.",
            ],
            en: [
                "Appears clearly confused and disoriented, for example unsure of time, place or person.",
                "Easily annoyed or angered; finds it hard to bear the presence of others.",
                "Overtly loud or noisy, for example slams doors or shouts when talking.",
                "Shouts or speaks threateningly with a clear intent to frighten or threaten another person.",
                "Threatens physically with clear intent, for example an aggressive stance, a clenched fist or a raised arm towards another.",
                "Attacks objects, for example throws things, hits or kicks furniture or smashes things.",
            ])[language]
    }
    /// A BVC shift's name.
    func shiftLabel(_ value: BVCShift) -> String {
        switch value {
        case .day: Localized(da: "dag", en: "day")[language]
        case .evening: Localized(da: "aften", en: "evening")[language]
        case .night: Localized(da: "nat", en: "night")[language]
        }
    }
    /// A BVC band's name.
    func bandLabel(_ value: BVCBand) -> String {
        switch value {
        case .small: Localized(da: "lille risiko", en: "small risk")[language]
        case .moderate: Localized(da: "moderat risiko", en: "moderate risk")[language]
        case .veryHigh: Localized(da: "meget høj risiko", en: "very high risk")[language]
        }
    }
    /// The action a BVC band recommends.
    func bandAction(_ value: BVCBand) -> String {
        switch value {
        case .small:
            Localized(
                da: "Risikoen for vold er lille. Fortsæt den vanlige indsats.",
                en: "The risk of violence is small. Continue the usual work.")[language]
        case .moderate:
            Localized(
                da: "Risikoen for vold er moderat. Sæt forebyggende tiltag i værk.",
                en: "The risk of violence is moderate. Take preventive measures.")[language]
        case .veryHigh:
            Localized(
                da: "Risikoen for vold er meget høj. Sæt forebyggende tiltag i værk, og læg en plan for, hvordan et eventuelt angreb håndteres.",
                en: "The risk of violence is very high. Take preventive measures and plan how to manage a possible attack.")[language]
        }
    }
    var hours: String { Localized(da: "Tidsrum", en: "Hours")[language] }
    var score: String { Localized(da: "Score", en: "Score")[language] }
    var band: String { Localized(da: "Risiko", en: "Risk band")[language] }
    var assessor: String { Localized(da: "Scoret af", en: "Scored by")[language] }
    var scheduleLabel: String { Localized(da: "Scoringsplan", en: "Scoring schedule")[language] }
    var noSchedule: String { Localized(da: "Ingen fast scoringsplan", en: "No fixed scoring schedule")[language] }
    var scheduleText: @Sendable (_ shifts: Int, _ months: Int, _ start: String, _ end: String) -> String {
        Localized<@Sendable (_ shifts: Int, _ months: Int, _ start: String, _ end: String) -> String>(
            da: { shifts, months, start, end in "\(shifts) gange dagligt i \(months) måneder, \(start)–\(end)" },
            en: { shifts, months, start, end in "\(shifts) times a day for \(months) months, \(start) to \(end)" })[language]
    }
    var bvcActive: String { Localized(da: "BVC-aktiv", en: "BVC-active")[language] }
    var itemsHeading: String { Localized(da: "De seks punkter", en: "The six items")[language] }
    var description: String { Localized(da: "Beskrivelse", en: "Description")[language] }
    var scoringsHeading: String { Localized(da: "Scoringer", en: "Scorings")[language] }
    var missedHeading: String { Localized(da: "Manglende scoringer", en: "Missed scorings")[language] }
    var noMissed: String { Localized(da: "Ingen manglende scoringer.", en: "No missed scorings.")[language] }
    var dailyMaximumHeading: String { Localized(da: "Højeste score pr. dag", en: "Highest score per day")[language] }
    var maximum: String { Localized(da: "Højeste score", en: "Highest score")[language] }
    var nonZero: String { Localized(da: "Over 0", en: "Above 0")[language] }
    var mean: String { Localized(da: "Gennemsnit", en: "Mean")[language] }
    var trendHeading: String { Localized(da: "Udvikling", en: "Trend")[language] }
    /// A BVC trend's direction.
    func trendDirection(_ value: BVCTrend.Direction) -> String {
        switch value {
        case .rising: Localized(da: "stigende", en: "rising")[language]
        case .stable: Localized(da: "stabil", en: "stable")[language]
        case .falling: Localized(da: "faldende", en: "falling")[language]
        }
    }
    var trendText: @Sendable (_ direction: String, _ earlier: String, _ later: String) -> String {
        Localized<@Sendable (_ direction: String, _ earlier: String, _ later: String) -> String>(
            da: { direction, earlier, later in
                "Udviklingen er \(direction): gennemsnittet af dagenes højeste score er \(earlier) i den første halvdel af perioden og \(later) i den sidste."
            },
            en: { direction, earlier, later in
                "The trend is \(direction): the mean of the daily highest scores is \(earlier) in the first half of the period and \(later) in the second."
            })[language]
    }
    var trendTooShort: String {
        Localized(
            da: "Der skal scores på mindst to dage, før udviklingen kan vises.",
            en: "Scorings on at least two days are needed to show a trend.")[language]
    }
    var shiftPatternHeading: String { Localized(da: "Mønster over døgnet", en: "Pattern by shift")[language] }
    var lastNonZeroHeading: String { Localized(da: "Seneste score over 0", en: "Last score above 0")[language] }
    var lastNonZeroText: @Sendable (_ time: String, _ hours: Int, _ score: Int) -> String {
        Localized<@Sendable (_ time: String, _ hours: Int, _ score: Int) -> String>(
            da: { time, hours, score in "Seneste score over 0 var \(score) den \(time), \(hours) timer før seneste scoring." },
            en: { time, hours, score in "The last score above 0 was \(score) at \(time), \(hours) hours before the latest scoring." })[language]
    }
    var noNonZero: String { Localized(da: "Ingen score over 0 i perioden.", en: "No score above 0 in the period.")[language] }
    var bandsHeading: String { Localized(da: "Risikoniveauer", en: "Risk bands")[language] }
    var scores: String { Localized(da: "Score", en: "Scores")[language] }
    var recommendedAction: String { Localized(da: "Anbefalet handling", en: "Recommended action")[language] }
    var bvcNextDayOnly: String {
        Localized(
            da: "BVC vurderer risikoen for voldsom adfærd inden for de næste 24 timer – ikke længere.",
            en: "The BVC assesses the risk of violent behaviour within the next 24 hours, no longer.")[language]
    }
    var bvcLicence: String {
        Localized(
            da: "Brøset Violence Checklist er et ophavsretligt beskyttet instrument, hvis kliniske brug gives i licens af rettighedshaverne. Biblioteket beregner og strukturerer scoringer; det giver ikke licens til instrumentet.",
            en: "The Brøset Violence Checklist is a copyrighted instrument whose clinical use is licensed by its owners. The library computes and structures scores; it does not license the instrument.")[language]
    }
    var dailyMaximumChartSummary: String {
        Localized(
            da: "Dagens højeste BVC-score, dag for dag, med grænserne for moderat og meget høj risiko.",
            en: "The day's highest BVC score, day by day, with the limits of moderate and very high risk.")[language]
    }
    var weekSheetTitle: String { Localized(da: "BVC-scoringsark", en: "BVC scoring sheet")[language] }
    var weekSheetSubject: @Sendable (_ week: Int, _ start: String, _ end: String) -> String {
        Localized<@Sendable (_ week: Int, _ start: String, _ end: String) -> String>(
            da: { week, start, end in "Uge \(week): \(start)–\(end)" },
            en: { week, start, end in "Week \(week): \(start) to \(end)" })[language]
    }
    var weekSheetInstruction: String {
        Localized(
            da: "Scor 1, hvis adfærden er til stede som en ændring i forhold til borgerens habituelle tilstand, og 0, hvis den ikke er.",
            en: "Score 1 if the behaviour is present as a change from the citizen's habitual state, and 0 if it is not.")[language]
    }

    // Mestringsskema
    var mestringsskemaTitle: String { Localized(da: "Mestringsskema", en: "Mestringsskema (coping schema)")[language] }
    /// A Mestringsskema colour's name.
    func colourLabel(_ value: CopingColour) -> String {
        switch value {
        case .red: Localized(da: "rød", en: "red")[language]
        case .yellow: Localized(da: "gul", en: "yellow")[language]
        case .green: Localized(da: "grøn", en: "green")[language]
        }
    }
    /// The name of the Mestringsskema levels of a colour.
    func levelName(_ value: CopingColour) -> String {
        switch value {
        case .red: Localized(da: "presset", en: "pressed")[language]
        case .yellow: Localized(da: "habituel tilstand", en: "habitual state")[language]
        case .green: Localized(da: "har det godt og har overskud", en: "doing well, with energy to spare")[language]
        }
    }
    var level: String { Localized(da: "Niveau", en: "Level")[language] }
    var colour: String { Localized(da: "Farve", en: "Colour")[language] }
    var levelName: String { Localized(da: "Navn", en: "Name")[language] }
    var behaviour: String { Localized(da: "Adfærd", en: "Behaviour")[language] }
    var state: String { Localized(da: "Tilstand/årsag", en: "State/cause")[language] }
    var citizenActions: String { Localized(da: "Borgerens indsats", en: "The citizen's actions")[language] }
    var staffActions: String { Localized(da: "Faglig indsats", en: "Professional actions")[language] }
    var levelsHeading: String { Localized(da: "Mestringsniveauer", en: "Coping levels")[language] }
    var revisionsHeading: String { Localized(da: "Revisioner", en: "Revisions")[language] }
    var changes: String { Localized(da: "Ændringer", en: "Changes")[language] }
    var logHeading: String { Localized(da: "Dagligt mestringsniveau", en: "Daily coping level")[language] }
    var levelChartTitle: String { Localized(da: "Mestringsniveau dag for dag", en: "Coping level day by day")[language] }
    var levelChartSummary: String {
        Localized(
            da: "Borgerens vurderede mestringsniveau (1–5) dag for dag; under linjen er borgeren i de røde felter.",
            en: "The citizen's assessed coping level (1–5) day by day; below the line the citizen is in the red fields.")[language]
    }
    var couplingHeading: String { Localized(da: "Kobling til BVC", en: "Link to BVC")[language] }
    var redDaysWithoutBVC: String {
        Localized(
            da: "Dage i de røde felter (niveau 1 og 2) uden BVC-scoring. »Når borgeren er i de røde felter, suppleres Mestringsskemaet med scoringer i BVC.« En natscoring efter midnat hører til den dag, vagten begyndte.",
            en: "Days in the red fields (levels 1 and 2) without a BVC scoring. »Når borgeren er i de røde felter, suppleres Mestringsskemaet med scoringer i BVC« (when the citizen is in the red fields, the Mestringsskema is supplemented with BVC scorings). A night scoring after midnight belongs to the day its shift began.")[language]
    }
    var reviewHeading: String { Localized(da: "Gennemgang af skemaet", en: "Review of the schema")[language] }
    var reviewText: @Sendable (_ last: String, _ due: String) -> String {
        Localized<@Sendable (_ last: String, _ due: String) -> String>(
            da: { last, due in "Seneste revision: \(last). Næste gennemgang: senest \(due)." },
            en: { last, due in "Last revision: \(last). Next review due by \(due)." })[language]
    }
    var reviewOverdueText: @Sendable (_ days: Int) -> String {
        Localized<@Sendable (_ days: Int) -> String>(
            da: { days in "Gennemgangen er \(days) dage forsinket." },
            en: { days in "The review is \(days) days overdue." })[language]
    }
    var reflectionHeading: String {
        Localized(
            da: "Spørgsmål til refleksion efter en episode, der har udløst BVC",
            en: "Questions for reflection after an episode that triggered the BVC")[language]
    }
    var notForRiskAssessment: String {
        Localized(
            da: "Skemaet i sig selv kan ikke bruges til at vurdere risikoen for vold. Derfor kobles BVC på, når borgeren er i de røde felter.",
            en: "The schema alone cannot be used to assess the risk of violence. The BVC is therefore added when the citizen is in the red fields.")[language]
    }

    // Affektudbrudsmodellen
    var episodeTitle: String { Localized(da: "Refleksion efter episode", en: "Reflection after an episode")[language] }
    var episodeSubject: String {
        Localized(
            da: "Affektudbrudsmodellen",
            en: "The affect outburst model (Affektudbrudsmodellen)")[language]
    }
    /// A phase's name in the affect outburst model.
    func phaseName(_ value: AffectPhase) -> String {
        switch value {
        case .everyday: Localized(da: "Hverdag med lavt affektniveau", en: "Everyday, low affect")[language]
        case .escalation: Localized(da: "Eskalering", en: "Escalation")[language]
        case .chaos: Localized(da: "Kaos", en: "Chaos")[language]
        case .deescalation: Localized(da: "Deeskalering", en: "De-escalation")[language]
        case .returnToEveryday: Localized(da: "Hverdag, tilbagevenden til hverdag", en: "Everyday, return to everyday life")[language]
        }
    }
    var reflectionDate: String { Localized(da: "Refleksionens dato", en: "Date of the reflection")[language] }
    var citizenTookPart: String { Localized(da: "Borgeren deltog", en: "The citizen took part")[language] }
    var restraintHeading: String {
        Localized(
            da: "Refleksion ved magtanvendelse: før, under og efter",
            en: "Reflection on use of force: before, during and after")[language]
    }
    /// A phase's name in the før/under/efter model.
    func restraintPhaseName(_ value: RestraintReflection.Phase) -> String {
        switch value {
        case .before: Localized(da: "Før", en: "Before")[language]
        case .during: Localized(da: "Under", en: "During")[language]
        case .after: Localized(da: "Efter", en: "After")[language]
        }
    }
    var restraintConclusion: String { Localized(da: "Samlet vurdering", en: "Overall assessment")[language] }
    var affectCurveTitle: String { Localized(da: "Affektkurve", en: "Affect curve")[language] }
    var intensity: String { Localized(da: "Intensitet (0–10)", en: "Intensity (0–10)")[language] }
    var chaosLine: String { Localized(da: "Kaoslinje", en: "Chaos line")[language] }
    var affectCurveSummary: String {
        Localized(
            da: "Borgerens affektniveau gennem episoden; over kaoslinjen er samarbejde ikke muligt.",
            en: "The citizen's level of affect through the episode; above the chaos line cooperation is not possible.")[language]
    }

    // FIT
    var fitTitle: String { Localized(da: "FIT – Feedback Informed Treatment", en: "FIT – Feedback Informed Treatment")[language] }
    var orsTitle: String {
        Localized(
            da: "ORS – Outcome Rating Scale (før samtalen)",
            en: "ORS – Outcome Rating Scale (before the session)")[language]
    }
    var srsTitle: String {
        Localized(
            da: "SRS – Session Rating Scale (efter samtalen)",
            en: "SRS – Session Rating Scale (after the session)")[language]
    }
    var orsItemLabels: [String] {
        Localized(
            da: ORSItem.allCases.map(\.danishLabel),
            en: ["Individually", "Interpersonally", "Socially", "Overall"])[language]
    }
    var orsItemDescriptions: [String] {
        Localized(
            da: ORSItem.allCases.map(\.danishDescription),
            en: ["(Personal well-being)", "(Family, close friends, etc.)", "(Work, school, acquaintances)", "(General sense of well-being)"])[language]
    }
    var srsItemLabels: [String] {
        Localized(
            da: SRSItem.allCases.map(\.danishLabel),
            en: ["Relationship", "Goals and topics", "Approach or method", "Overall"])[language]
    }
    var population: String { Localized(da: "Målgruppe", en: "Population")[language] }
    /// A FIT population's name.
    func populationLabel(_ value: FITPopulation) -> String {
        switch value {
        case .adult: Localized(da: "voksen", en: "adult")[language]
        case .child: Localized(da: "barn", en: "child")[language]
        }
    }
    var orsCutoffAdult: String { Localized(da: "Klinisk grænse (voksne)", en: "Clinical cutoff (adults)")[language] }
    var orsCutoffChild: String { Localized(da: "Klinisk grænse (børn)", en: "Clinical cutoff (children)")[language] }
    var srsCutoff: String { Localized(da: "Grænse for belastet alliance", en: "Strained-alliance cutoff")[language] }
    var cutoffsHeading: String { Localized(da: "Grænseværdier", en: "Cutoffs")[language] }
    var orsChartSummary: String {
        Localized(
            da: "ORS i alt (0–40) samtale for samtale, med den kliniske grænse.",
            en: "ORS total (0–40) session by session, with the clinical cutoff.")[language]
    }
    var srsChartSummary: String {
        Localized(
            da: "SRS i alt (0–40) samtale for samtale, med grænsen for en belastet alliance.",
            en: "SRS total (0–40) session by session, with the strained-alliance cutoff.")[language]
    }
    var fitLineInstruction: String {
        Localized(
            da: "Sæt et kryds på linjen (10 cm) fra 0 (lavt) til 10 (højt).",
            en: "Mark the line (10 cm) from 0 (low) to 10 (high).")[language]
    }
    var fitLicence: String {
        Localized(
            da: "ORS og SRS er ophavsretligt beskyttede instrumenter, hvis kliniske brug gives i licens af rettighedshaverne. Biblioteket beregner og strukturerer scoringer; det giver ikke licens til instrumenterne.",
            en: "The ORS and SRS are copyrighted instruments whose clinical use is licensed by their owners. The library computes and structures scores; it does not license the instruments.")[language]
    }
    /// The note that seed 002 writes both "1-10" and "0-10" for FIT's line, and how the package scores.
    var fitScaleNote: String {
        Localized(
            da: "Kildeteksten (Vold som Udtryksform, 2019) skriver både \"1-10\" og \"0-10\" om den samme linje. Pakken scorer som instrumentet: fra 0 til 10, decimaler tilladt.",
            en: "The source text (Vold som Udtryksform, 2019) writes both \"1-10\" and \"0-10\" for the same line. The package scores as the instrument does: from 0 to 10, decimals allowed.")[language]
    }
    var orsBeforeSession: String {
        Localized(
            da: "Udfyldes af borgeren, før samtalen går i gang: Hvordan har du haft det siden sidste samtale?",
            en: "Filled in by the citizen before the session starts: how have you been since the last session?")[language]
    }
    var srsAfterSession: String {
        Localized(
            da: "Udfyldes af borgeren ved slutningen af samtalen: Hvordan har du oplevet samtalen?",
            en: "Filled in by the citizen at the end of the session: how did you experience the session?")[language]
    }
    var aboutORS: String { Localized(da: "Om ORS-skemaet", en: "About the ORS")[language] }
    var aboutSRS: String { Localized(da: "Om SRS-skemaet", en: "About the SRS")[language] }
    var belowCutoff: String { Localized(da: "Under grænsen", en: "Below cutoff")[language] }
    var orsBelowCutoffFlag: @Sendable (String) -> String {
        Localized<@Sendable (String) -> String>(
            da: { cutoff in "Klinisk område (under \(cutoff))" },
            en: { cutoff in "Clinical range (below \(cutoff))" })[language]
    }
    var srsBelowCutoffFlag: @Sendable (String) -> String {
        Localized<@Sendable (String) -> String>(
            da: { cutoff in "Belastet alliance (under \(cutoff))" },
            en: { cutoff in "Strained alliance (below \(cutoff))" })[language]
    }
    var affectGuideTitle: String {
        Localized(
            da: "Sådan kan I bruge Affektudbrudsmodellen til at opnå læring",
            en: "How to use the affect outburst model (Affektudbrudsmodellen) for learning")[language]
    }
    var fitGuideTitle: String {
        Localized(
            da: "Sådan kan I arbejde med FIT for at skabe læring",
            en: "How to work with FIT for learning")[language]
    }
    var reflectionQuestionsHeading: String { Localized(da: "Spørgsmål til refleksion", en: "Questions for reflection")[language] }
    var procedureHeading: String { Localized(da: "Sådan bruges skemaet", en: "How the schema is used")[language] }
    /// The title of the Mestringsskema and BVC guide.
    var mestringsskemaGuideTitle: String {
        Localized(
            da: "Mestringsskemaet og Brøset Violence Checklist (BVC)",
            en: "The coping schema (Mestringsskemaet) and the Brøset Violence Checklist (BVC)")[language]
    }
}
