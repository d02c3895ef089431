extension BoardMeeting {
    /// The seed's 15-minute agenda ("Gennemførelse – 15 minutter"), verbatim; the items are untimed.
    public static let standardAgenda = MeetingAgenda(lengthMinutes: 15, items: [
        AgendaItem(title: "Mål", description: "Byd velkommen og start med at gennemgå målene for indsatsen."),
        AgendaItem(title: "Status", description: "Gennemgå herefter status:", questions: [
            "Hvad er opnået siden start og siden sidste møde? (brug gerne tal og diagrammer).",
            "Hvilke ideer har vi afprøvet siden sidst, og hvordan er det gået?",
            "Hvad har styrket udviklingen, og hvad har udfordret?",
            "Er der noget, vi skal justere?",
        ]),
        AgendaItem(title: "Ideer", description: "Gennemgå og prioriter nye forslag og ideer."),
        AgendaItem(title: "Aftaler", description: "Aftal, hvad der skal ske frem til næste møde – hvem skal gøre hvad?"),
        AgendaItem(title: "Næste møde", description: "Aftal dato og tovholder for næste møde."),
    ])

    /// The seed's six steps for preparing board meetings (*Forberedelse*), verbatim.
    public static let preparation: [String] = [
        "Anskaf en tavle, gerne en whiteboard-tavle.",
        "Indret tavlen med streger eller tape, så den indeholder de felter, I har brug for, fx felter for mål, status, aftaler og ideer. Dagsorden og aftaler for tavlemøderne skal også fremgå.",
        "Sæt møderne i kalenderen i god tid hos alle, som skal deltage. Møderne holdes med faste intervaller, fx en gang om dagen eller ugen. Hvis der går for lang tid imellem, mister man fokus på indsatsen.",
        "Aftal, hvem der er tovholder for møderne.",
        "Aftal kutyme ved tavlemøder, fx om mødepligt, slukkede mobiler, varighed og fast dagsorden.",
        "Tovholderen forbereder sig før hvert møde ved at føre tavlen ajour (nye tal, grafer, erfaringer osv.) og ved at tale med medarbejderne om, hvad der skal på tavlen til næste møde. Medarbejderne opfordres til at sætte nye ideer på tavlen og uddybe dem ved mødet.",
    ]

    /// The seed's rules for holding board meetings and following them up, verbatim.
    public static let rules: [String] = [
        "Hold strukturen ved mødet: start og slut til tiden og følg dagsordenen. Anerkend deltagerne for deres indsats, dialog og videndeling.",
        "Opfølgning efter hvert møde: Tovholder fører tavlen ajour, hvis det ikke er gjort under mødet.",
        "Opfølgning efter de første 2-3 møder: Hvordan fungerer tavlen: Er der brug for at justere felterne? Hvordan fungerer møderne: Er der brug for at justere dagsordenen, mødeledelsen eller andet?",
    ]
}
