public import ForebygCore

extension AffectModelGuide {
    /// The seed's summary box under the chapter title ("Affektudbrudsmodellen kan give struktur …").
    public static let summary = "Affektudbrudsmodellen kan give struktur til samtaler om konfliktsituationer og dermed understøtte systematisk refleksion og læring. Samtalerne kan tages forebyggende for at få viden om borgerens erfaringer med konflikter eller efter en konflikt for at lære af det skete."

    /// The seed's running text on the model: the opening, "Fra hverdag til kaos – og tilbage
    /// til hverdag" (the five phases, the axes, the kaoslinje, what lowers the threshold),
    /// "Forebyggende samtaler og model for læring", "Selvkontrol er en forudsætning for at
    /// kunne samarbejde" and the closing paragraph.
    public static let introduction: [SeedPassage] = [
        SeedPassage([
            "For at kunne forebygge og håndtere konflikter og voldsomme episoder, er det nødvendigt at have viden om, hvordan konflikter udvikler sig, og sammen med borgeren indsamle erfaringer med, hvad der støtter og giver tryghed og trivsel for borgeren og modsat – hvad der kan udløse en voldsom reaktion. Affektudbrudsmodellen kan understøtte samtaler om det.",
        ]),
        SeedPassage(heading: "Fra hverdag til kaos – og tilbage til hverdag", [
            "Affektudbrudsmodellen viser, hvordan en konfliktsituation typisk udvikler sig i fem faser (hverdag, eskalering, kaos, deeskalering, hverdag), når man mister selvkontrollen. En person kan gå fra at være i kontrol i hverdagen til at blive trigget af noget, der sker, og komme i affekt. Situationen trapper op, og personen kommer i kaos. Efterfølgende trapper situationen ned igen, og personen vender tilbage til hverdagsniveauet og har igen kontrol over sig selv.",
            "Den vandrette akse i modellen viser tiden, og den lodrette akse følelsernes intensitet, dvs. niveauet af affekt. Kurven beskriver affektudviklingen i en konflikt eller kaossituation. Den vandrette stiplede streg midt i modellen viser, hvor meget affekt en person kan tåle. Det er meget forskelligt fra person til person – nogle mister let kontrollen, mens andre kan magte meget modgang og stress, før de reagerer voldsomt. Tærsklen for selvkontrol er også påvirket af forskellige udfordringer, fx smerter, dårlig søvn, misbrug, økonomiske bekymringer, utryghed og mistrivsel.",
        ]),
        SeedPassage(heading: "Forebyggende samtaler og model for læring", [
            "Affektudbrudsmodellen kan bruges forebyggende i samtaler med borgeren, for at opnå viden om borgerens reaktioner i konfliktsituationer, og hvordan medarbejderne skal forholde sig for at kunne undgå, at borgeren mister selvkontrollen og havner i en tilstand af kaos. Den kan også bruges som model for læring, hvor man taler ud fra modellens fem faser, når der har været en konkret episode.",
            "Både borgere og medarbejdere har en interesse i at arbejde sammen om at undgå voldsomme episoder, men medarbejderen har ansvaret for at få talt med borgeren om, hvad der kan støtte, og hvad der kan trigge borgeren i forskellige situationer. Når man kender en borger godt og har viden om, hvad der kan udløse og eskalere en konfliktsituation, er der bedre mulighed for at støtte borgeren til at bevare selvkontrollen.",
        ]),
        SeedPassage(heading: "Selvkontrol er en forudsætning for at kunne samarbejde", [
            "En vigtig pointe ved modellen er, at man kun kan samarbejde, når man har selvkontrol. Hvis affektniveauet stiger op over kaoslinjen, er det ikke muligt at kommunikere og samarbejde. Når en medarbejder kender en borger godt, kan han eller hun aflæse borgeren og vurdere, hvilken fase borgeren befinder sig i.",
            "Det er gavnligt at få viden om, hvad der kan udløse affekt hos borgeren, og hvad der er brug for i hver fase, for at affektniveauet kan mindskes, så borgeren igen kan opnå selvkontrol og dermed mulighed for at kommunikere og samarbejde.",
        ]),
    ]

    /// The seed's account from Skolerne i Snekkersten, verbatim.
    public static let snekkerstenCase = SeedCase(workplace: "Skolerne i Snekkersten", headline: "Reflekterer systematisk over praksis", passages: [
        SeedPassage([
            "Skolerne i Snekkersten i Helsingør Kommune har sat læring af konflikter og magtanvendelser i system med det klare mål at nedbringe antallet af magtanvendelser i dagbehandlingsskolen. Eleverne her har i forskellig grad personlige, sociale, kommunikative og/eller indlæringsmæssige vanskeligheder, der kommer til udtryk i deres kontakt og kommunikation med andre.",
            "På knap tre år er antallet af magtanvendelser faldet med 85 pct. som følge af en fokuseret indsats fra ledelse og medarbejdere. Den pædagogiske tilgang er Low Arousal, og afsættet er, at børnene gør det så godt, de kan. I hverdagen er der fokus på tydelig struktur, faste rytmer og rutiner og det at skabe forudsigelighed for eleverne, men samtidig stor fleksibilitet i forhold til det enkelte barn. I alle møder med børnene handler det om at hjælpe dem til ikke at miste selvkontrollen.",
        ]),
        SeedPassage(heading: "Laver aftaler i fredstid", [
            "Hvis der har været en konflikt, evaluerer medarbejderne med børnene i fredstid. De kan selv være med til at pege på, hvad der kan være hjælpsomt, når de får det svært. En dreng plejede fx at sparke til og kaste med stole og inventar, når han blev vred. Nu er aftalen, at han i stedet forlader klassen og går ud og sætter sig på gyngen – så kommer de voksne til ham, når der er faldet lidt ro på. Ikke to børn har de samme aftaler.",
        ]),
        SeedPassage(heading: "Refleksionsmodel ved magtanvendelser", [
            "Hvis der har været en magtanvendelse, kommer skolens refleksionsmodel i brug. Den er med til at give læring fra de (efterhånden få) magtanvendelser, der er.",
            "Refleksionsmodellen tager udgangspunkt i evaluering og refleksion før, under og efter en magtanvendelse. I hver fase beskrives detaljeret, hvad der skete, og hvad der kan have haft betydning for udfaldet: Hvad var de første tegn, hvem var til stede, hvem gjorde hvad og hvornår? For hver fase skal medarbejderne ligeledes vurdere forløbet og reflektere over deres egen praksis, fx om det havde været muligt at bruge andre pædagogiske strategier i situationen. Ud fra de samlede vurderinger og refleksioner ser medarbejderne på, om der er brug for at ændre noget i praksis.",
        ]),
    ])

    /// The seed's "Læs mere" list for the model.
    public static let readMore = [
        "Elvén, Bo Hejlskov, Charlotte Agger og Iben Ljungmann (2015): Adfærdsproblemer i ældreplejen. Dansk Psykologisk Forlag.",
        "Elvén, Bo Hejlskov (2018): Low Arousal som metode til at håndtere voldsom adfærd. I: Konflikter og vold – en faglig udfordring, Vold som Udtryksform, 2. rev. udgave.",
    ]

    /// The seed's source line under its figure of the model, naming the model's authors.
    public static let modelSource = "Kilde: Elvén, Agger og Ljungmann: Adfærdsproblemer i ældreplejen."
}
