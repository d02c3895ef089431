extension BoardMeeting {
    /// The seed's short description in its box "Tavlemøder", verbatim.
    public static let summary = "Ved et tavlemøde taler leder og medarbejdere om et fokusområde, som de arbejder med. Det kan være en udfordring i arbejdsmiljøet eller et indsatsområde, som arbejdspladsen holder særligt øje med over tid eller i en afgrænset periode."

    /// The seed's definition of a *tavlemøde* ("Et tavlemøde er et kort møde (ca. 15 minutter) …"),
    /// verbatim in three paragraphs.
    public static let definition: [String] = [
        "Et tavlemøde er et kort møde (ca. 15 minutter), hvor leder og medarbejdere taler sammen om et fokusområde, de aktuelt arbejder med. Mødet foregår stående foran en tavle, som bruges til at synligøre den indsats, der følges. Mødet samler op på målene med indsatsen, og hvordan udviklingen har været fra starten og siden sidste møde. Mødedeltagerne taler om udviklingen og reflekterer over årsagerne til, at det er gået, som det er. Hvad har styrket udviklingen, og hvad har eventuelt stået i vejen? Ved møderne genereres også ideer til den videre udvikling af indsatsen.",
        "Tavlens indhold er udgangspunktet ved mødet. Indholdet kan være forskelligt alt afhængig af arbejdsplads, indsatsområde og det, der skal følges og synliggøres.",
        "Mødehyppigheden kan variere i forhold til, hvad der fokuseres på. Det kan fx være daglige eller ugentlige møder, hvor fokus er på risikovurdering eller på at nedbringe hyppigheden af voldsomme episoder, konfliktsituationer, magtanvendelser eller lignende. Hvis målet fx er at nedbringe antallet af voldsomme episoder, kan leder og medarbejdere bruge tavlemøderne til, på en struktureret måde, at dele viden og skabe læring om, hvad der virker forebyggende. De opbygger gennem møderne viden om, hvordan de kan undgå, at konflikter udvikler sig til voldsomme episoder.",
    ]

    /// The heading of ``learning``, verbatim.
    public static let learningHeading = "Læring gennem tavlemøder"

    /// The seed's section "Læring gennem tavlemøder", verbatim in two paragraphs.
    public static let learning: [String] = [
        "Tavlemøderne medvirker til at holde vedvarende fokus på indsatsen, fordi møderne er fokuserede, strukturerede og synliggør erfaringer og resultater. Møderne er korte og holdes hyppigt. Det virker for de fleste motiverende at kunne følge med og blive inddraget i processen, særligt når det bliver synligt, at indsatsen giver gode resultater. Medarbejderne indgår i den løbende dialog og får nye ideer, som de deler med hinanden, drøfter ved møderne og afprøver i praksis. Det skaber god synergi og støtter videndeling og læring i teamet undervejs.",
        "Tavlen giver overblik og er et godt udgangspunkt for dialogen ved møderne. Den giver en klar systematik for mødernes indhold, så det kan lykkes at holde møderne korte. Tavlen gør også, at medarbejderne løbende kan følge med i og opnå ejerskab for og fællesskab om udviklingen af indsatsen, og i hvilken grad de aftalte mål er opnået.",
    ]

    /// The heading of ``standardAgenda``, verbatim.
    public static let conductHeading = "Gennemførelse – 15 minutter"

    /// The seed's reading list ("Læs mere"), verbatim.
    public static let readMore = "Lean i praksis – Målstyrings- og forbedringstavler, 2. udgave, 2011. Storgaard Innovation."

    /// The seed's 15-minute agenda ("Gennemførelse – 15 minutter"), verbatim; the items are untimed.
    /// The items' short titles ("Mål", "Status" …) are the package's; their descriptions are the seed's.
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
