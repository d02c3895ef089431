extension MeetingKind {
    /// The agenda of a meeting of this kind.
    ///
    /// - Parameters:
    ///   - number: which meeting of its kind it is, from 1 (story meetings, IG formøder and
    ///     sparringsmøder differ by number).
    ///   - storyMeetingCount: how many story meetings the course has (the last one is longer).
    /// - Returns: the agenda; the story meetings' minutes sum to their ``durationMinutes(number:of:)``.
    public func agenda(number: Int = 1, of storyMeetingCount: Int = 6) -> [AgendaItem] {
        switch self {
        case .implementationGroupFormation: Self.formationAgenda
        case .planningMeeting: Self.planningAgenda
        case .informationMeeting: Self.informationAgenda
        case .storyMeeting where number <= 1: Self.firstStoryMeetingAgenda
        case .storyMeeting where number >= storyMeetingCount: Self.lastStoryMeetingAgenda
        case .storyMeeting: Self.regularStoryMeetingAgenda
        case .preMeeting: number <= 1 ? Self.preMeetingAgenda : Self.secondPreMeetingAgenda
        case .sparringMeeting: number <= 1 ? Self.sparringAgenda : Self.secondSparringAgenda
        case .midwayMeeting: Self.midwayAgenda
        case .finalMeeting: Self.finalAgenda
        }
    }

    /// The nine steps of a 2-hour story meeting (støtteark 3, "Oversigt over trin i
    /// praksisfortællingsmøder"), verbatim; 120 minutes in all.
    public static let storyMeetingSteps: [AgendaItem] = [
        AgendaItem(
            step: 1,
            title: "Tovholderen giver feedback fra implementeringsgruppen: Hvis der ved sidste møde var spørgsmål, overvejelser mv. fra arbejdsgruppen, som tovholder blev bedt om at bringe videre til implementeringsgruppen, starter tovholder med at orientere arbejdsgruppen om de svar, tovholderen har fået. Dette vil naturligvis ikke være en del af det første praksisfortællingsmøde",
            lead: .facilitator, minutes: 15),
        AgendaItem(
            step: 2,
            title: "Tovholderen spørger, hvem der har et tema vedrørende botilbuddets voldsforebyggelse, som de har lyst til at drøfte med gruppen – herunder med fokus på både positive og negative aspekter. Disse medarbejdere fortæller kort om deres oplevelser. Find eventuelt inspiration i støtteark 2, hvor der bl.a. er gengivet en række eksempler på praksisfortællinger",
            lead: .facilitator, minutes: 20),
        AgendaItem(
            step: 3,
            title: "Sammen vælger gruppen én medarbejder, der vil fortælle uddybende om et tema vedrørende botilbuddets voldsforebyggelse med udgangspunkt i konkrete erfaringer",
            lead: .workingGroup, minutes: 5),
        AgendaItem(
            step: 4,
            title: "Medarbejderen fortæller om sin konkrete erfaring. Tovholderen stiller undervejs afklarende spørgsmål, og de øvrige deltagere har mulighed for at stille opklarende spørgsmål. Find eventuel inspiration til afklarende spørgsmål i spørgeguiden nedenfor",
            lead: .workingGroup, minutes: 20),
        AgendaItem(
            step: 5, title: "Tovholderen spørger arbejdsgruppen om deres konkrete erfaringer med temaet",
            lead: .facilitator, minutes: 15),
        AgendaItem(
            step: 6,
            title: "Tovholderen spørger arbejdsgruppen, hvad de har af idéer til handlinger, der kan forbedre forebyggelsen",
            lead: .facilitator, minutes: 15),
        AgendaItem(
            step: 7,
            title: "Tovholderen og arbejdsgruppen samler op på praksisfortællingsmødet ved sammen at udfylde skemaet ’Forslag til nye tiltag’",
            lead: .facilitator, minutes: 20),
        AgendaItem(
            step: 8,
            title: "Arbejdsgruppen finder ud af, om de på næste møde vil fortsætte med en ny vinkel på den samme praksisfortælling, eller om de skal påbegynde en ny",
            lead: .workingGroup, minutes: 5),
        AgendaItem(
            step: 9,
            title: "Til slut spørger tovholderen den, der var på som fortæller, hvordan han/hun oplevede praksisfortællingsmødet",
            lead: .facilitator, minutes: 5),
    ]

    /// The first story meeting (3 hours): the seed's own points for it (refreshing støtteark 1
    /// and 2, considering themes, discussing problems with the method) around steps 2–9; there
    /// is no feedback from the implementation group yet. The seed's own text on the first
    /// meeting ("Gå i gang med praksisfortællinger", "Formuler forslag til nye
    /// forebyggelsestiltag", "Den videre proces") is carried in the steps' details. The seed times only the nine steps:
    /// the 40, 20 and 15 minutes of the first meeting's own points are the library's split of
    /// the remaining 75 minutes.
    static let firstStoryMeetingAgenda: [AgendaItem] = {
        let opening = [
            AgendaItem(
                step: 1, title: "Genopfrisk støtteark 1 og 2", lead: .facilitator, minutes: 40,
                details: [
                    "Tovholderen medbringer et par eksemplarer af støtteark 1 og støtteark 2, som blev introduceret på informationsmødet. Arbejdsgruppen starter med at genopfriske forløbets 4 faser, hvordan de konkret skal arbejde med metoden praksisfortællinger, og hvilke spilleregler de skal følge.",
                    "Forebyggelsespakken tidsfæster kun de ni trin. De 40, 20 og 15 minutter til det første mødes egne punkter (dette punkt, overvejelsen af udfordringer og den videre proces) er ikke forebyggelsespakkens, men dette værktøjs fordeling af mødets resterende 75 minutter.",
                ]),
            AgendaItem(
                step: 2, title: "Overvej, på hvilke områder botilbuddet har udfordringer med at forebygge vold",
                lead: .facilitator, minutes: 20,
                details: [
                    "Tovholderen beskriver herefter nogle eksempler på tematikker, som en praksisfortælling kan tage udgangspunkt i, og henviser også til inspirationseksemplerne i støtteark 2, der kan hjælpe gruppen med at vælge, hvilket tema de vil sætte fokus på i en praksisfortælling."
                ]),
        ]
        let closing = AgendaItem(
            step: 0, title: "Den videre proces", lead: .facilitator, minutes: 15,
            details: StoryMeetingText.firstNextSteps + [
                "Afslutningsvist drøfter gruppen også, om de fx har nogle problemer med at bruge praksisfortællingsmetoden, som tovholderen skal drøfte med implementeringsgruppen inden næste møde."
            ])
        let steps = storyMeetingSteps.dropFirst().map { step in
            step.adding(details: StoryMeetingText.firstStepDetails[step.step] ?? [])
        }
        let items = opening + steps + [closing]
        return items.enumerated().map { $0.element.renumbered($0.offset + 1) }
    }()

    /// The last story meeting (2½ hours, the seed's "Timeforbrug"): the nine steps and a closing
    /// point for the extra half hour, which the seed does not allot (the library's wording).
    static let lastStoryMeetingAgenda: [AgendaItem] =
        regularStoryMeetingAgenda + [
            AgendaItem(
                step: 10, title: "Afrunding af praksisfortællingsforløbet", lead: .facilitator, minutes: 30,
                details: [
                    "Forebyggelsespakkens timeforbrug afsætter 2½ time til det sidste praksisfortællingsmøde uden at fordele den sidste halve time. Brug den til at samle op på arbejdsgruppens forslag før implementeringsgruppens formøde og det afsluttende møde."
                ])
        ]

    static let formationAgenda: [AgendaItem] = [
        AgendaItem(step: 1, title: "Nedsætte implementeringsgruppen", lead: .dailyManager),
        AgendaItem(
            step: 2,
            title: "Samle implementeringsgruppen og orientere om, at gruppen er den koordinerende enhed i forebyggelsesforløbet.",
            lead: .dailyManager),
    ]

    static let planningAgenda: [AgendaItem] = [
        "En generel forventningsafstemning af forløbet og hvad I gerne vil have ud af det",
        "Hvordan I skal fordele rollerne: Dan jer overblik over forløbet og de specifikke opgaver, der er knyttet til de forskellige roller",
        "Hvordan I kan få et optimalt samspil mellem de nye tiltag, som bliver sat i gang i forbindelse med forebyggelsespakken, og arbejdspladsens øvrige tiltag og politikker inden for voldsforebyggelse (fx hvornår og hvordan MED-udvalget/arbejdsmiljøorganisationen skal inddrages)",
        "Hvem der skal deltage i arbejdsgruppen",
        "Tidsplanen for forløbet og de praktiske rammer, fx vagtplan, vikarer, mødefaciliteter osv.",
        "Den konkrete planlægning af det fælles informationsmøde for alle deltagere (indkaldelse, dagsorden osv.)",
        "Hvor og hvordan I vil etablere et centralt sted, hvor I kan samle skemaerne med forslag til nye tiltag, så alle ledere og medarbejdere kan få adgang til dem. Fx en mappe, en opslagstavle eller en elektronisk platform.",
    ].enumerated().map { AgendaItem(step: $0.offset + 1, title: $0.element, lead: .dailyManager) }

    static let informationAgenda: [AgendaItem] = [
        AgendaItem(
            step: 1, title: "Velkomst", lead: .topManager, minutes: 10,
            details: [
                "Den øverste leder giver sin opbakning til processen og forklarer baggrunden for at bruge forebyggelsespakken. Han/hun giver desuden sit bud på, hvordan praksisfortællingerne spiller sammen med de tiltag til voldsforebyggelse, I allerede har i botilbuddet."
            ]),
        AgendaItem(
            step: 2, title: "Information om forebyggelsespakken", lead: .dailyManager, minutes: 30,
            details: [
                "Den daglige leder (eller en anden fra implementeringsgruppen) introducerer medarbejderne til forebyggelsespakkens 4 faser samt til tovholderens rolle og samarbejde med implementeringsgruppen undervejs i forløbet.",
                "Herefter får medarbejderne et konkret eksempel på en praksisfortælling (inspireret af eksemplerne i det omdelte støtteark 2).",
            ]),
        AgendaItem(
            step: 3, title: "Praktisk information", lead: .dailyManager, minutes: 20,
            details: [
                "Den daglige leder fortæller om de praktiske, organisatoriske og økonomiske rammer for projektet: Hvem der deltager, vagtplaner, vikardækning, hvor skemaerne med arbejdsgruppens forslag til nye tiltag skal placeres, budgettet til at føre de nye tiltag ud i livet osv."
            ]),
        AgendaItem(
            step: 4, title: "Spørgsmål og forventningsafstemning", lead: .dailyManager, minutes: 20,
            details: [
                "Den daglige leder sikrer, at alle medarbejdere, der ønsker at stille spørgsmål eller kommentere forløbet, kommer til orde. Forventningerne afstemmes i forhold til implementeringsgruppens støtte til tovholder, ledelsens opbakning, og hvordan arbejdsgruppens forslag til nye tiltag skal implementeres og forankres."
            ]),
        AgendaItem(
            step: 5, title: "Afslutning", lead: .dailyManager, minutes: 10,
            details: ["Mødet slutter med, at arbejdsgruppen vælger en tovholder."]),
    ]

    static let preMeetingAgenda: [AgendaItem] = [
        AgendaItem(
            step: 1,
            title: "At drøfte fordele og ulemper ved arbejdsgruppens forslag til nye tiltag (eventuelt inddrages øverste leder)",
            lead: .implementationGroup)
    ]

    static let secondPreMeetingAgenda: [AgendaItem] =
        preMeetingAgenda + [
            AgendaItem(
                step: 2,
                title: "At følge op på, at de forslag, der blev godkendt på midtvejsmødet, bliver implementeret efter planen.",
                lead: .implementationGroup,
                details: [
                    "Mødet forløber på samme måde som sidste møde i implementeringsgruppen med de samme punkter på dagsordenen.",
                    "Dog skal gruppen på dette møde også sørge for:",
                ])
        ]

    static let sparringAgenda: [AgendaItem] = [
        AgendaItem(
            step: 1,
            title: "At tovholderne kan få hjælp af implementeringsgruppen og af hinanden til at løse eventuelle vanskeligheder med praksisfortællingsmetoden",
            lead: .dailyManager),
        AgendaItem(
            step: 2,
            title: "At tovholderne og implementeringsgruppen kan udveksle erfaringer med metoden som inspiration til forebyggelse og inspirere hinanden til de kommende praksisfortællingsmøder.",
            lead: .dailyManager, details: ["Mødelederen sørger for, at alle kommer til orde, og at tvivlsspørgsmål bliver afklaret."]),
    ]

    static let secondSparringAgenda: [AgendaItem] = sparringAgenda.map { item in
        item.adding(details: item.step == 1 ? ["På mødet drøftes de samme emner som på det første sparringsmøde."] : [])
    }

    static let midwayAgenda: [AgendaItem] = [
        AgendaItem(
            step: 1, title: "Hvordan går det?", lead: .dailyManager,
            details: [
                "Den daglige leder starter mødet med at guide deltagerne igennem en vurdering af det hidtidige forløb, bl.a. ud fra følgende spørgsmål:"
            ],
            questions: midwayQuestions),
        AgendaItem(
            step: 2, title: "Justeringer", lead: .dailyManager,
            details: ["På baggrund af drøftelserne aftales eventuelle justeringer."]),
        AgendaItem(
            step: 3, title: "Prioritering", lead: .dailyManager,
            details: [
                "Derefter tager den daglige leder hul på en snak om, hvilke forslag til tiltag I sammen vil prioritere at arbejde videre med, og hvordan tiltagene kan implementeres og forankres i botilbuddets hverdag.",
                "Det er vigtigt at drøfte forankring allerede midt i forløbet, fordi nogle tiltag kan kræve lang tid at gennemføre, fx hvis der skal ske ændringer i den måde, arbejdet organiseres på. Den øverste leder og implementeringsgruppen tager på mødet også stilling til, om der er tiltag, der skal drøftes i MED-udvalget/arbejdsmiljøorganisationen.",
            ]),
    ]

    /// "Hvordan går det?": the six questions that open the midtvejsmøde, verbatim.
    public static let midwayQuestions: [String] = [
        "For tovholderen med at styre praksisfortællingsmøderne?",
        "Med at få indøvet praksisfortællingsmetoden i arbejdsgruppen og finde frem til, hvilke fortællinger der skal fortælles?",
        "Med at finde gode idéer til at styrke voldsforebyggelsen?",
        "Med at beskrive arbejdsgruppens forslag til nye tiltag i støtteark 4?",
        "Med den ledelsesmæssige opbakning til projektet?",
        "Med det rent praktiske omkring mødeafholdelse, vikardækning osv.?",
    ]

    /// The five evaluation questions of the afsluttende møde, verbatim.
    public static let evaluationQuestions: [String] = [
        "Hvordan er det gået?",
        "Er forventninger og formål med forløbet opfyldt?",
        "Har alle fået mulighed for at komme til orde?",
        "Hvad gik godt/knap så godt og hvorfor?",
        "Hvad har vi lært?",
    ]

    /// The four *forankring* (embedding) questions of the afsluttende møde, verbatim.
    public static let embeddingQuestions: [String] = [
        "Hvordan sikrer vi, at alle medarbejdere fortsat har fokus på at forebygge vold og på systematisk videndeling?",
        "Hvordan kan vi få praksisfortællingsmetoden ind i vores dagligdag som en integreret praksis (fx på personalemøder og gruppemøder)?",
        "Hvilke anbefalinger kan vi – på baggrund af forløbet – give videre til arbejdsmiljøorganisationen/MED-udvalget, så de kan inddrage dem i deres generelle arbejde med at forebygge vold og med at skabe bedre rammer for systematisk videndeling?",
        "Hvornår og hvordan skal vi følge op på de nye tiltag, vi har valgt at implementere (fx i forbindelse med APV’en)?",
    ]

    static let finalAgenda: [AgendaItem] = [
        AgendaItem(
            step: 1, title: "Prioritering", lead: .dailyManager,
            details: [
                "Ligesom på midtvejsmødet indleder den daglige leder med at tage hul på en snak om, hvilke af arbejdsgruppens seneste forslag til nye tiltag I sammen vil prioritere at arbejde videre med, og hvordan de kan implementeres og forankres i botilbuddets hverdag.",
                "Den øverste leder og implementeringsgruppen tager også sammen stilling til, om nogle tiltag kræver, at MED-udvalget/arbejdsmiljøorganisationen bliver involveret.",
            ]),
        AgendaItem(
            step: 2, title: "Evaluering", lead: .dailyManager,
            details: [
                "Implementeringsgruppen gennemgår det samlede forebyggelsespakkeforløb. Gruppen har på forhånd aftalt, hvem der fører ordet.",
                "Efter gennemgangen guider den daglige leder deltagerne gennem en evaluering af forløbet med afsæt i følgende spørgsmål:",
            ],
            questions: evaluationQuestions),
        AgendaItem(
            step: 3, title: "Forankring", lead: .dailyManager,
            details: [
                "Efter evalueringen sætter den daglige leder fokus på den videre forankring af de nye tiltag i botilbuddets arbejde med at forebygge vold. Den daglige leder kan blandt andet tage udgangspunkt i følgende spørgsmål:"
            ],
            questions: embeddingQuestions),
    ]
}
