import DocumentTree

/// Seed 002's guidance on analysing registrations (Vold som Udtryksform, "Styrk læring og
/// forebyg konflikter og vold på arbejdspladsen", 2019), verbatim in Danish in every language,
/// and seed 004's finding on registration. Extraction artefacts are mended (split words joined).
enum IncidentGuidance {
    /// "Analyse giver læring": the lead-in to the questions.
    static let questionsIntroduction =
        "Der er god læring i at analysere de enkelte voldsepisoder. Det er også lærerigt at analysere grundigt på tværs af alle registreringerne, fx en gang om måneden, for at få viden om:"

    /// "Analyse giver læring": what an analysis across the registrations should find out.
    static let questions = [
        "Hvor ofte er medarbejderne udsat for trusler og vold?",
        "I hvilke situationer sker det? Er der mønstre?",
        "På hvilket tidspunkt af døgnet?",
        "Hvor sker det – er det de samme steder?",
        "Hvem rammes – er det bestemte medarbejdere eller faggrupper?",
        "Er det en bestemt borger, eller er der fællestræk ved borgerne?",
        "Hvilken form for vold er der tale om; trusler, slag, riv, seksuel chikane?",
        "Hvilke konsekvenser har volden for de medarbejdere, der bliver ramt?",
    ]

    /// The sentence that follows the questions.
    static let purpose =
        "Analysen giver et solidt vidensgrundlag for at kunne beslutte, hvordan arbejdspladsen kan sætte ind, så de forebyggende initiativer målrettet tager højde for de konkrete udfordringer, der bliver identificeret."

    /// "Åbenhed og forebyggelse": the box's title.
    static let opennessTitle = "Åbenhed og forebyggelse"

    /// "Åbenhed og forebyggelse": why the analysis names groups and places but blames no one.
    static let openness =
        "Registrering, analyse og dialog mellem ledere og medarbejdere er med til at synliggøre og skabe åbenhed om volden. Det er vigtigt at gøre det tydeligt, at målet er at finde frem til nye initiativer til forebyggelse – og ikke at udstille, bebrejde eller udpege syndebukke blandt medarbejderne. Initiativer til forebyggelse kan fx være nye metoder eller tilgange til borgeren, omstrukturering af arbejdsgange, anden arbejdsfordeling, mere inddragelse af borgeren osv."

    /// "Sådan kan I arbejde med – At lære af at analysere registreringer": the four steps, title and text.
    static let steps: [(title: String, text: String)] = [
        (
            "Skab overblik:",
            "Lederen og arbejdsmiljørepræsentanten undersøger de registrerede episoder, fx inden for den sidste måned. Er der mønstre, gentagelser osv.? Ud fra dette aftales et eller flere mål for indsatsen, fx at nedbringe voldsepisoder i forbindelse med bestemte borgere eller situationer."
        ),
        (
            "Synliggør:",
            "Lav en planche eller andet materiale (evt. med hjælp fra HR eller en konsulent), som kan visualisere data i en form, som er nem at aflæse og forstå, fx grafer, søjlediagrammer, tal og skemaer."
        ),
        (
            "Drøft:",
            "Hold et ugentligt kort møde på fx 15 minutter, hvor leder og medarbejdere sammen kigger på udviklingen den seneste uge. Alternativt kan I sætte det på dagsordenen ved personalemøder. Det vigtige er, at drøftelserne er sat i system, så de bliver taget med jævne mellemrum. Lederen sætter ord på de opdaterede grafer, tal og skemaer. Og medarbejderne fortæller, hvordan det er gået med aftalerne om at forebygge. Måske skal aftalerne justeres."
        ),
        (
            "Sæt mål:",
            "Medarbejdere og leder aftaler konkrete mål, der skal arbejdes videre med. Tiltagene dokumenteres, så det bliver tydeligt, om der sker en udvikling."
        ),
    ]

    /// The paragraphs after the four steps: the steps as a tool, the procedure, and other data sources (APV etc.).
    static let afterSteps = [
        "Analyse af registreringer anvendes på denne måde som et arbejdsredskab til læring og til at træffe beslutninger ud fra. Derved bliver det tydeligt for medarbejderne, hvad registreringerne bruges til, og de opnår videndeling, læring og får løbende feedback om, hvordan deres indsatser virker.",
        "Proceduren for, hvordan medarbejderne skal registrere episoder med vold og nærved-episoder, og hvordan de analyseres, bør være klart beskrevet i arbejdspladsens retningslinjer for den voldsforebyggende indsats.",
        "I kan også bruge data fra en gennemført APV, trivselsundersøgelse eller brugertilfredshedsundersøgelse til at pege på, hvor arbejdspladsen har udfordringer, og hvor der er mulighed for læring og forbedringer. Ligeledes kan statistik over magtanvendelser og sygefravær give viden om arbejdsmiljø og trivsel for ansatte og borgere.",
    ]

    /// Seed 004's finding behind the near-miss flag.
    static let highEscalations =
        "Registreringsproceduren for vold, trusler og chikane har tidligere ikke været fuldt ensartet implementeret i hele medarbejdergruppen. Gennem opfølgning ses desuden et mønster i, at registrering primært er sket ved høje eskaleringer."

    /// Seed 002's advice behind the late-follow-up flag (Affektudbrudsmodellen, Forberedelse).
    static let followUpStructure =
        "Aftal og beskriv en fast struktur for, hvordan I samler op efter episoder med konflikter og voldsomme reaktioner, fx på teammøder hver 14. dag eller at lederen indkalder teamet/de involverede senest tre dage efter episoden."

    /// Seed 002's question behind the repeat flags.
    static let patterns = "Er der mønstre, gentagelser osv.? Ud fra dette aftales et eller flere mål for indsatsen, fx at nedbringe voldsepisoder i forbindelse med bestemte borgere eller situationer."

    /// A quotation as an emphasised paragraph.
    static func quotation(_ text: String) -> Block {
        .paragraph(InlineText([.emphasis("»\(text)«")]))
    }
}
