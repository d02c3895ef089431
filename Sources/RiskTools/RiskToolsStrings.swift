import ForebygCore

/// Every fixed, user-facing label of the RiskTools module, one value per language.
///
/// Seed content (questions, the Mestringsskema's quoted rules) is Danish in both languages and
/// lives with the types it belongs to; what changes here are headings, column titles, field
/// labels and band names.
struct RiskToolsStrings: Sendable {
    // Shared
    let citizen: String
    let staffMember: String
    let date: String
    let time: String
    let note: String
    let yes: String
    let no: String
    let none: String
    let noteTitle: String

    // BVC
    let bvcTitle: String
    let bvcSeriesSubject: String
    let bvcItemLabels: [String]
    let bvcItemDescriptions: [String]
    let shiftLabels: [String]
    let bandLabels: [String]
    let bandActions: [String]
    let shift: String
    let hours: String
    let score: String
    let band: String
    let assessor: String
    let scheduleLabel: String
    let noSchedule: String
    let scheduleText: @Sendable (_ shifts: Int, _ months: Int, _ start: String, _ end: String) -> String
    let bvcActive: String
    let period: String
    let itemsHeading: String
    let item: String
    let description: String
    let scoringsHeading: String
    let missedHeading: String
    let noMissed: String
    let dailyMaximumHeading: String
    let maximum: String
    let count: String
    let nonZero: String
    let mean: String
    let trendHeading: String
    let trendDirections: [String]
    let trendText: @Sendable (_ direction: String, _ earlier: String, _ later: String) -> String
    let trendTooShort: String
    let shiftPatternHeading: String
    let lastNonZeroHeading: String
    let lastNonZeroText: @Sendable (_ time: String, _ hours: Int, _ score: Int) -> String
    let noNonZero: String
    let bandsHeading: String
    let scores: String
    let recommendedAction: String
    let bvcNextDayOnly: String
    let bvcLicence: String
    let dailyMaximumChartSummary: String
    let weekSheetTitle: String
    let weekSheetSubject: @Sendable (_ week: Int, _ start: String, _ end: String) -> String
    let weekSheetInstruction: String

    // Mestringsskema
    let mestringsskemaTitle: String
    let colourLabels: [String]
    let levelNames: [String]
    let level: String
    let colour: String
    let levelName: String
    let behaviour: String
    let state: String
    let citizenActions: String
    let staffActions: String
    let levelsHeading: String
    let revisionsHeading: String
    let changes: String
    let logHeading: String
    let levelChartTitle: String
    let levelChartSummary: String
    let couplingHeading: String
    let redDaysWithoutBVC: String
    let reviewHeading: String
    let reviewText: @Sendable (_ last: String, _ due: String) -> String
    let reviewOverdueText: @Sendable (_ days: Int) -> String
    let reflectionHeading: String
    let notForRiskAssessment: String

    // Affektudbrudsmodellen
    let episodeTitle: String
    let episodeSubject: String
    let phaseNames: [String]
    let episodeDate: String
    let reflectionDate: String
    let participants: String
    let citizenTookPart: String
    let restraintHeading: String
    let restraintPhaseNames: [String]
    let restraintConclusion: String
    let affectCurveTitle: String
    let intensity: String
    let chaosLine: String
    let affectCurveSummary: String

    // FIT
    let fitTitle: String
    let orsTitle: String
    let srsTitle: String
    let orsItemLabels: [String]
    let orsItemDescriptions: [String]
    let srsItemLabels: [String]
    let total: String
    let change: String
    let population: String
    let populationLabels: [String]
    let orsCutoffAdult: String
    let orsCutoffChild: String
    let srsCutoff: String
    let cutoffsHeading: String
    let orsChartSummary: String
    let srsChartSummary: String
    let fitLineInstruction: String
    let fitLicence: String
    /// The note that seed 002 writes both "1-10" and "0-10" for FIT's line, and how the package scores.
    let fitScaleNote: String
    let orsBeforeSession: String
    let srsAfterSession: String
    let aboutORS: String
    let aboutSRS: String
    let belowCutoff: String
    let orsBelowCutoffFlag: @Sendable (String) -> String
    let srsBelowCutoffFlag: @Sendable (String) -> String
    let affectGuideTitle: String
    let fitGuideTitle: String
    let reflectionQuestionsHeading: String
    let procedureHeading: String
    /// The title of the Mestringsskema and BVC guide.
    let mestringsskemaGuideTitle: String

    static func `for`(_ language: Language) -> RiskToolsStrings {
        switch language {
        case .danish: danish
        case .english: english
        }
    }
}

extension RiskToolsStrings {
    static let danish = RiskToolsStrings(
        citizen: "Borger",
        staffMember: "Medarbejder",
        date: "Dato",
        time: "Tidspunkt",
        note: "Note",
        yes: "ja",
        no: "nej",
        none: "Ingen.",
        noteTitle: "OBS",
        bvcTitle: "Brøset Violence Checklist (BVC)",
        bvcSeriesSubject: "Scoringsoversigt",
        bvcItemLabels: BVCItem.allCases.map(\.danishLabel),
        bvcItemDescriptions: [
            "Virker tydeligt forvirret og desorienteret, fx uklar med hensyn til tid, sted eller person.",
            "Bliver let irriteret eller vred og har svært ved at tåle andres tilstedeværelse.",
            "Larmer tydeligt, fx smækker med døre eller råber, når der tales.",
            "Råber eller taler truende med tydelig hensigt om at skræmme eller true en anden person.",
            "Truer fysisk med tydelig hensigt, fx truende kropsholdning, knyttet næve eller løftet arm mod en anden.",
            "Angriber genstande, fx kaster med ting, slår eller sparker til inventar eller smadrer ting.",
        ],
        shiftLabels: ["dag", "aften", "nat"],
        bandLabels: ["lille risiko", "moderat risiko", "meget høj risiko"],
        bandActions: [
            "Risikoen for vold er lille. Fortsæt den vanlige indsats.",
            "Risikoen for vold er moderat. Sæt forebyggende tiltag i værk.",
            "Risikoen for vold er meget høj. Sæt forebyggende tiltag i værk, og læg en plan for, hvordan et eventuelt angreb håndteres.",
        ],
        shift: "Vagt",
        hours: "Tidsrum",
        score: "Score",
        band: "Risiko",
        assessor: "Scoret af",
        scheduleLabel: "Scoringsplan",
        noSchedule: "Ingen fast scoringsplan",
        scheduleText: { shifts, months, start, end in "\(shifts) gange dagligt i \(months) måneder, \(start)–\(end)" },
        bvcActive: "BVC-aktiv",
        period: "Periode",
        itemsHeading: "De seks punkter",
        item: "Punkt",
        description: "Beskrivelse",
        scoringsHeading: "Scoringer",
        missedHeading: "Manglende scoringer",
        noMissed: "Ingen manglende scoringer.",
        dailyMaximumHeading: "Højeste score pr. dag",
        maximum: "Højeste score",
        count: "Antal",
        nonZero: "Over 0",
        mean: "Gennemsnit",
        trendHeading: "Udvikling",
        trendDirections: ["stigende", "stabil", "faldende"],
        trendText: { direction, earlier, later in
            "Udviklingen er \(direction): gennemsnittet af dagenes højeste score er \(earlier) i den første halvdel af perioden og \(later) i den sidste."
        },
        trendTooShort: "Der skal scores på mindst to dage, før udviklingen kan vises.",
        shiftPatternHeading: "Mønster over døgnet",
        lastNonZeroHeading: "Seneste score over 0",
        lastNonZeroText: { time, hours, score in "Seneste score over 0 var \(score) den \(time), \(hours) timer før seneste scoring." },
        noNonZero: "Ingen score over 0 i perioden.",
        bandsHeading: "Risikoniveauer",
        scores: "Score",
        recommendedAction: "Anbefalet handling",
        bvcNextDayOnly: "BVC vurderer risikoen for voldsom adfærd inden for de næste 24 timer – ikke længere.",
        bvcLicence: "Brøset Violence Checklist er et ophavsretligt beskyttet instrument, hvis kliniske brug gives i licens af rettighedshaverne. Biblioteket beregner og strukturerer scoringer; det giver ikke licens til instrumentet.",
        dailyMaximumChartSummary: "Dagens højeste BVC-score, dag for dag, med grænserne for moderat og meget høj risiko.",
        weekSheetTitle: "BVC-scoringsark",
        weekSheetSubject: { week, start, end in "Uge \(week): \(start)–\(end)" },
        weekSheetInstruction: "Scor 1, hvis adfærden er til stede som en ændring i forhold til borgerens habituelle tilstand, og 0, hvis den ikke er.",
        mestringsskemaTitle: "Mestringsskema",
        colourLabels: ["rød", "gul", "grøn"],
        levelNames: ["presset", "habituel tilstand", "har det godt og har overskud"],
        level: "Niveau",
        colour: "Farve",
        levelName: "Navn",
        behaviour: "Adfærd",
        state: "Tilstand/årsag",
        citizenActions: "Borgerens indsats",
        staffActions: "Faglig indsats",
        levelsHeading: "Mestringsniveauer",
        revisionsHeading: "Revisioner",
        changes: "Ændringer",
        logHeading: "Dagligt mestringsniveau",
        levelChartTitle: "Mestringsniveau dag for dag",
        levelChartSummary: "Borgerens vurderede mestringsniveau (1–5) dag for dag; under linjen er borgeren i de røde felter.",
        couplingHeading: "Kobling til BVC",
        redDaysWithoutBVC: "Dage i de røde felter (niveau 1 og 2) uden BVC-scoring. »Når borgeren er i de røde felter, suppleres Mestringsskemaet med scoringer i BVC.« En natscoring efter midnat hører til den dag, vagten begyndte.",
        reviewHeading: "Gennemgang af skemaet",
        reviewText: { last, due in "Seneste revision: \(last). Næste gennemgang: senest \(due)." },
        reviewOverdueText: { days in "Gennemgangen er \(days) dage forsinket." },
        reflectionHeading: "Spørgsmål til refleksion efter en episode, der har udløst BVC",
        notForRiskAssessment: "Skemaet i sig selv kan ikke bruges til at vurdere risikoen for vold. Derfor kobles BVC på, når borgeren er i de røde felter.",
        episodeTitle: "Refleksion efter episode",
        episodeSubject: "Affektudbrudsmodellen",
        phaseNames: [
            "Hverdag med lavt affektniveau", "Eskalering", "Kaos", "Deeskalering", "Hverdag, tilbagevenden til hverdag",
        ],
        episodeDate: "Episodens dato",
        reflectionDate: "Refleksionens dato",
        participants: "Deltagere",
        citizenTookPart: "Borgeren deltog",
        restraintHeading: "Refleksion ved magtanvendelse: før, under og efter",
        restraintPhaseNames: ["Før", "Under", "Efter"],
        restraintConclusion: "Samlet vurdering",
        affectCurveTitle: "Affektkurve",
        intensity: "Intensitet (0–10)",
        chaosLine: "Kaoslinje",
        affectCurveSummary: "Borgerens affektniveau gennem episoden; over kaoslinjen er samarbejde ikke muligt.",
        fitTitle: "FIT – Feedback Informed Treatment",
        orsTitle: "ORS – Outcome Rating Scale (før samtalen)",
        srsTitle: "SRS – Session Rating Scale (efter samtalen)",
        orsItemLabels: ORSItem.allCases.map(\.danishLabel),
        orsItemDescriptions: ORSItem.allCases.map(\.danishDescription),
        srsItemLabels: SRSItem.allCases.map(\.danishLabel),
        total: "I alt",
        change: "Ændring",
        population: "Målgruppe",
        populationLabels: ["voksen", "barn"],
        orsCutoffAdult: "Klinisk grænse (voksne)",
        orsCutoffChild: "Klinisk grænse (børn)",
        srsCutoff: "Grænse for belastet alliance",
        cutoffsHeading: "Grænseværdier",
        orsChartSummary: "ORS i alt (0–40) samtale for samtale, med den kliniske grænse.",
        srsChartSummary: "SRS i alt (0–40) samtale for samtale, med grænsen for en belastet alliance.",
        fitLineInstruction: "Sæt et kryds på linjen (10 cm) fra 0 (lavt) til 10 (højt).",
        fitLicence: "ORS og SRS er ophavsretligt beskyttede instrumenter, hvis kliniske brug gives i licens af rettighedshaverne. Biblioteket beregner og strukturerer scoringer; det giver ikke licens til instrumenterne.",
        fitScaleNote: "Kildeteksten (Vold som Udtryksform, 2019) skriver både \"1-10\" og \"0-10\" om den samme linje. Pakken scorer som instrumentet: fra 0 til 10, decimaler tilladt.",
        orsBeforeSession: "Udfyldes af borgeren, før samtalen går i gang: Hvordan har du haft det siden sidste samtale?",
        srsAfterSession: "Udfyldes af borgeren ved slutningen af samtalen: Hvordan har du oplevet samtalen?",
        aboutORS: "Om ORS-skemaet",
        aboutSRS: "Om SRS-skemaet",
        belowCutoff: "Under grænsen",
        orsBelowCutoffFlag: { cutoff in "Klinisk område (under \(cutoff))" },
        srsBelowCutoffFlag: { cutoff in "Belastet alliance (under \(cutoff))" },
        affectGuideTitle: "Sådan kan I bruge Affektudbrudsmodellen til at opnå læring",
        fitGuideTitle: "Sådan kan I arbejde med FIT for at skabe læring",
        reflectionQuestionsHeading: "Spørgsmål til refleksion",
        procedureHeading: "Sådan bruges skemaet",
        mestringsskemaGuideTitle: "Mestringsskemaet og Brøset Violence Checklist (BVC)"
    )

    static let english = RiskToolsStrings(
        citizen: "Citizen",
        staffMember: "Staff member",
        date: "Date",
        time: "Time",
        note: "Note",
        yes: "yes",
        no: "no",
        none: "None.",
        noteTitle: "Note",
        bvcTitle: "Brøset Violence Checklist (BVC)",
        bvcSeriesSubject: "Scoring summary",
        bvcItemLabels: ["Confusion", "Irritability", "Boisterousness", "Verbal threats", "Physical threats", "Attacking objects"],
        bvcItemDescriptions: [
            "Appears clearly confused and disoriented, for example unsure of time, place or person.",
            "Easily annoyed or angered; finds it hard to bear the presence of others.",
            "Overtly loud or noisy, for example slams doors or shouts when talking.",
            "Shouts or speaks threateningly with a clear intent to frighten or threaten another person.",
            "Threatens physically with clear intent, for example an aggressive stance, a clenched fist or a raised arm towards another.",
            "Attacks objects, for example throws things, hits or kicks furniture or smashes things.",
        ],
        shiftLabels: ["day", "evening", "night"],
        bandLabels: ["small risk", "moderate risk", "very high risk"],
        bandActions: [
            "The risk of violence is small. Continue the usual work.",
            "The risk of violence is moderate. Take preventive measures.",
            "The risk of violence is very high. Take preventive measures and plan how to manage a possible attack.",
        ],
        shift: "Shift",
        hours: "Hours",
        score: "Score",
        band: "Risk band",
        assessor: "Scored by",
        scheduleLabel: "Scoring schedule",
        noSchedule: "No fixed scoring schedule",
        scheduleText: { shifts, months, start, end in "\(shifts) times a day for \(months) months, \(start) to \(end)" },
        bvcActive: "BVC-active",
        period: "Period",
        itemsHeading: "The six items",
        item: "Item",
        description: "Description",
        scoringsHeading: "Scorings",
        missedHeading: "Missed scorings",
        noMissed: "No missed scorings.",
        dailyMaximumHeading: "Highest score per day",
        maximum: "Highest score",
        count: "Count",
        nonZero: "Above 0",
        mean: "Mean",
        trendHeading: "Trend",
        trendDirections: ["rising", "stable", "falling"],
        trendText: { direction, earlier, later in
            "The trend is \(direction): the mean of the daily highest scores is \(earlier) in the first half of the period and \(later) in the second."
        },
        trendTooShort: "Scorings on at least two days are needed to show a trend.",
        shiftPatternHeading: "Pattern by shift",
        lastNonZeroHeading: "Last score above 0",
        lastNonZeroText: { time, hours, score in "The last score above 0 was \(score) at \(time), \(hours) hours before the latest scoring." },
        noNonZero: "No score above 0 in the period.",
        bandsHeading: "Risk bands",
        scores: "Scores",
        recommendedAction: "Recommended action",
        bvcNextDayOnly: "The BVC assesses the risk of violent behaviour within the next 24 hours, no longer.",
        bvcLicence: "The Brøset Violence Checklist is a copyrighted instrument whose clinical use is licensed by its owners. The library computes and structures scores; it does not license the instrument.",
        dailyMaximumChartSummary: "The day's highest BVC score, day by day, with the limits of moderate and very high risk.",
        weekSheetTitle: "BVC scoring sheet",
        weekSheetSubject: { week, start, end in "Week \(week): \(start) to \(end)" },
        weekSheetInstruction: "Score 1 if the behaviour is present as a change from the citizen's habitual state, and 0 if it is not.",
        mestringsskemaTitle: "Mestringsskema (coping schema)",
        colourLabels: ["red", "yellow", "green"],
        levelNames: ["pressed", "habitual state", "doing well, with energy to spare"],
        level: "Level",
        colour: "Colour",
        levelName: "Name",
        behaviour: "Behaviour",
        state: "State/cause",
        citizenActions: "The citizen's actions",
        staffActions: "Professional actions",
        levelsHeading: "Coping levels",
        revisionsHeading: "Revisions",
        changes: "Changes",
        logHeading: "Daily coping level",
        levelChartTitle: "Coping level day by day",
        levelChartSummary: "The citizen's assessed coping level (1–5) day by day; below the line the citizen is in the red fields.",
        couplingHeading: "Link to BVC",
        redDaysWithoutBVC: "Days in the red fields (levels 1 and 2) without a BVC scoring. »Når borgeren er i de røde felter, suppleres Mestringsskemaet med scoringer i BVC« (when the citizen is in the red fields, the Mestringsskema is supplemented with BVC scorings). A night scoring after midnight belongs to the day its shift began.",
        reviewHeading: "Review of the schema",
        reviewText: { last, due in "Last revision: \(last). Next review due by \(due)." },
        reviewOverdueText: { days in "The review is \(days) days overdue." },
        reflectionHeading: "Questions for reflection after an episode that triggered the BVC",
        notForRiskAssessment: "The schema alone cannot be used to assess the risk of violence. The BVC is therefore added when the citizen is in the red fields.",
        episodeTitle: "Reflection after an episode",
        episodeSubject: "The affect outburst model (Affektudbrudsmodellen)",
        phaseNames: ["Everyday, low affect", "Escalation", "Chaos", "De-escalation", "Everyday, return to everyday life"],
        episodeDate: "Date of the episode",
        reflectionDate: "Date of the reflection",
        participants: "Participants",
        citizenTookPart: "The citizen took part",
        restraintHeading: "Reflection on use of force: before, during and after",
        restraintPhaseNames: ["Before", "During", "After"],
        restraintConclusion: "Overall assessment",
        affectCurveTitle: "Affect curve",
        intensity: "Intensity (0–10)",
        chaosLine: "Chaos line",
        affectCurveSummary: "The citizen's level of affect through the episode; above the chaos line cooperation is not possible.",
        fitTitle: "FIT – Feedback Informed Treatment",
        orsTitle: "ORS – Outcome Rating Scale (before the session)",
        srsTitle: "SRS – Session Rating Scale (after the session)",
        orsItemLabels: ["Individually", "Interpersonally", "Socially", "Overall"],
        orsItemDescriptions: ["(Personal well-being)", "(Family, close friends, etc.)", "(Work, school, acquaintances)", "(General sense of well-being)"],
        srsItemLabels: ["Relationship", "Goals and topics", "Approach or method", "Overall"],
        total: "Total",
        change: "Change",
        population: "Population",
        populationLabels: ["adult", "child"],
        orsCutoffAdult: "Clinical cutoff (adults)",
        orsCutoffChild: "Clinical cutoff (children)",
        srsCutoff: "Strained-alliance cutoff",
        cutoffsHeading: "Cutoffs",
        orsChartSummary: "ORS total (0–40) session by session, with the clinical cutoff.",
        srsChartSummary: "SRS total (0–40) session by session, with the strained-alliance cutoff.",
        fitLineInstruction: "Mark the line (10 cm) from 0 (low) to 10 (high).",
        fitLicence: "The ORS and SRS are copyrighted instruments whose clinical use is licensed by their owners. The library computes and structures scores; it does not license the instruments.",
        fitScaleNote: "The source text (Vold som Udtryksform, 2019) writes both \"1-10\" and \"0-10\" for the same line. The package scores as the instrument does: from 0 to 10, decimals allowed.",
        orsBeforeSession: "Filled in by the citizen before the session starts: how have you been since the last session?",
        srsAfterSession: "Filled in by the citizen at the end of the session: how did you experience the session?",
        aboutORS: "About the ORS",
        aboutSRS: "About the SRS",
        belowCutoff: "Below cutoff",
        orsBelowCutoffFlag: { cutoff in "Clinical range (below \(cutoff))" },
        srsBelowCutoffFlag: { cutoff in "Strained alliance (below \(cutoff))" },
        affectGuideTitle: "How to use the affect outburst model (Affektudbrudsmodellen) for learning",
        fitGuideTitle: "How to work with FIT for learning",
        reflectionQuestionsHeading: "Questions for reflection",
        procedureHeading: "How the schema is used",
        mestringsskemaGuideTitle: "The coping schema (Mestringsskemaet) and the Brøset Violence Checklist (BVC)"
    )
}
