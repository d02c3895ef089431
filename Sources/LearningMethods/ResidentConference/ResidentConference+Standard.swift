extension ResidentConference {
    /// The recommended number of days between conferences ("fx hver 14. dag").
    public static let intervalDays = 14
    /// The least number of days between choosing the resident and the conference ("Senest en uge før").
    public static let choiceNoticeDays = 7

    /// The seed's fixed 1½-hour agenda, verbatim: åbning 5, evaluering af seneste 15,
    /// fortællinger 30, pause 10, skabe bedre forståelse af borgeren 15, aftale indsatser 15.
    public static let standardAgenda = MeetingAgenda(lengthMinutes: 90, items: [
        AgendaItem(title: "Åbning", minutes: 5, questions: ["Hvilken beboer handler mødet om, og hvilke udfordringer er der?"]),
        AgendaItem(title: "Evaluering af seneste beboerkonference", minutes: 15,
                   questions: ["Hvad er gået godt?", "Hvad skal gøres anderledes?"]),
        AgendaItem(title: "Fortællinger", minutes: 30,
                   description: "Medarbejderne fortæller om den beboer, der er i fokus for dagens konference. Deltagerne reflekterer, analyserer og belyser fortællingerne med faglig viden samt kommer med bud på, hvad man også kan gøre."),
        AgendaItem(title: "Pause", minutes: 10),
        AgendaItem(title: "Skabe bedre forståelse af borgeren", minutes: 15,
                   description: "På baggrund af fortællingerne finder deltagerne eventuelle fællestræk i omgivelserne og trækker gode erfaringer frem.",
                   questions: [
                       "I hvilke situationer virker borgeren glad og reagerer positivt?", "Hvad kan borgeren lide?",
                       "Hvad giver velvære eller positive minder og associationer?",
                   ]),
        AgendaItem(title: "Aftale indsatser", minutes: 15,
                   description: "På baggrund af den opnåede forståelse for borgeren aftaler deltagerne, hvad der skal afprøves i den kommende periode. Det er vigtigt at aftale, hvem der skal gøre hvad, hvor tit, hvornår tiltagene sættes i værk, og hvem der dokumenterer.",
                   questions: [
                       "Hvad har vi lært ved dagens møde?", "Hvad vil vi gerne opnå?",
                       "Hvad er der allerede arbejdet med, som virker godt?",
                   ]),
    ])

    /// The seed's rules for preparing and following up a conference, verbatim.
    public static let rules: [String] = [
        "Beboerkonferencer holdes fast fx hver 14. dag. Sæt dem i kalenderen i god tid, så alle har mulighed for at deltage. Giv også mulighed for at afholde en ekstra, hvis der har været en konkret voldsom episode.",
        "Senest en uge før besluttes det, hvilken beboer der skal gennemgås. Det kan fx være en beboer, som der ofte opstår konflikter med i samarbejdet.",
        "En medarbejder, der er tæt på beboeren, indsamler observationer om beboerens adfærd.",
        "Årsager til adfærden bør afklares, fx mistrivsel, smerter eller andet.",
        "I ugerne efter beboerkonferencen afprøves og dokumenteres de aftalte tiltag. På den næste beboerkonference evalueres, hvordan det er gået.",
    ]
}
