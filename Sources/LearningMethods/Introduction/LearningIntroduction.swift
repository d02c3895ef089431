public import ForebygCore

/// Seed 002's front matter and introduction, verbatim: the foreword, why and when to learn
/// after a violent episode, room for reflection, the citizens' learning and learning at the
/// workplace, with the seed's footnotes 1 and 2 (marked ¹ and ²).
public enum LearningIntroduction {
    /// The box on the seed's opening page.
    public static let summary = "Når vi arbejder med borgere i forskellige sammenhænge, opstår der jævnligt konflikter, som kan udvikle sig til voldsomme episoder. Hvordan sikrer vi os, at vi lærer af situationerne, uanset om der er tale om små hverdagskonflikter eller de mere alvorlige, hvor en medarbejder udsættes for vold?"

    /// *Forord*, signed "Vold som Udtryksform, marts 2019".
    public static let foreword = SeedPassage(heading: "Forord", [
        "I arbejdet med at forebygge konflikter og vold i sociale tilbud, på plejecentre, i skoler, jobcentre, på hospitaler og på andre arbejdspladser, er der fire vigtige indsatsområder: identifikation, forebyggelse, håndtering og læring¹. I praksis er det vanskeligt at adskille områderne helt tydeligt, fordi mange af indsatserne lapper ind over hinanden.",
        "I hæftet her forsøger vi alligevel at stille skarpt på læring efter voldsomme episoder. Læring er vigtigt for hele tiden at kunne blive bedre til at udvikle praksis – og dermed bedre til at forebygge nye voldsomme episoder.",
        "På de kommende sider præsenterer vi nogle tilgange og metoder, som kan være virksomme, når vi ønsker at lære af voldsomme episoder – både som medarbejdere, i personalegruppen og på arbejdspladsen samlet set. Og vi bringer korte eksempler fra arbejdspladser, der bruger metoderne.",
        "Vi håber, hæftet kan inspirere ledere og medarbejdere til at styrke arbejdet med at skabe mere læring og veltilrettelagte indsatser for voldsforebyggelse. Indsatser, hvor borgeres og medarbejderes fælles interesse i at opnå en tryg hverdag med høj trivsel uden voldsomme episoder er en reel mulighed.",
        "God læselyst.",
        "Vold som Udtryksform, marts 2019",
    ])

    /// The introduction's sections, in the seed's order.
    public static let sections: [SeedPassage] = [
        SeedPassage(heading: "Styrk læring og forebyg konflikter og vold på arbejdspladsen", [
            "Der er mange måder at samle op på efter en voldsom episode for at blive klogere på det, der skete. I hæftet her beskriver vi nogle af de mest anerkendte metoder og tilgange, der kan styrke læringen og gøre os bedre til at forebygge konflikter og vold.",
            "Efter en konflikt eller en voldsom situation vil de fleste reflektere over, hvad det var borgeren reagerede på, som fik situationen til at eskalere: ”Hvad gik galt? Kunne jeg have gjort noget andet – og ville det mon have ændret på situationen?”",
            "Forhåbentlig kan vi også tale med kolleger om situationen, så de kan lytte, give kollegial støtte og hjælpe med den videre håndtering her og nu, fx ved at støtte borgeren, som også er påvirket af situationen. I tiden efter episoden skal volden desuden registreres og anmeldes – og der skal skabes læring.",
        ]),
        SeedPassage(heading: "Først håndtering – så læring", [
            "Umiddelbart efter en voldsom episode er der brug for at håndtere det kaos, som er opstået, og tage hånd om de menneskelige reaktioner hos både medarbejdere og borgere. Det er ikke et godt tidspunkt for læring! Selvom tankerne om, hvorvidt situationen kunne være håndteret bedre, ofte dukker op – både hos den, som er ramt, og hos kollegerne – er det bedst at vente med læringssamtaler, til følelserne har lagt sig, og situationen er kommet lidt på afstand, fx nogle dage eller uger efter.",
            "Det vigtigste lige efter en voldsom situation er, at alle ved, hvordan de skal handle. Det fremgår ofte af arbejdspladsens kriseplan, hvad der skal ske, og hvem der gør hvad, når en medarbejder eller en borger bliver udsat for vold.",
        ]),
        SeedPassage(heading: "Giv rum til refleksion og læring for medarbejderne", [
            "Ved at lære af de episoder, der opstår, kan vi blive klogere både på borgeren og på os selv, og bedre til at udvikle vores praksis og forebygge voldsomme episoder fremover. Læring kan sættes i system ved, at arbejdspladsen laver en plan for, hvordan medarbejdere og ledere arbejder med at opnå læring både i hverdagssituationer, på møder og når der har været en voldsom episode. At sætte læringen i system er med til at sikre, at der skabes læring på flere niveauer – hos den enkelte medarbejder, i teamet og på arbejdspladsen generelt.",
            "I hverdagen kan læringen foregå på daglige refleksionsmøder, ved overlap og lignende. De daglige rum for læring betyder, at medarbejderne kan reflektere sammen og dele viden og erfaringer om, hvordan det fx er lykkedes at opnå en god relation og et godt samarbejde med en borger eller pårørende. Eller hvordan man greb en svær situation an. Det kan give kollegerne viden om og ideer til, hvordan de også vil kunne lykkes i relationen til en borger, hvilket også kommer borgeren til gavn.",
            "Borgeren kan opleve, at det er nemmere at blive forstået, og at samarbejdet går bedre med flere medarbejdere. Den medarbejder, som fortæller om en situation og lytter til kollegernes refleksioner, bliver ofte opmærksom på nye vinkler på episoden, borgerens reaktion og egen håndtering. Det kan give læring og inspiration til fremtidige situationer.",
            "Andre rum for læring kan være teammøde, personalemøde og supervision, hvor læringen foregår mere styret og med støtte fra leder og supervisor. Når man udveksler erfaringer og viden på planlagte møder, kan det være en god ide at bruge en bestemt metode til læring. Metoden vil hen ad vejen smitte af på hverdagsrefleksionerne.",
            "At skabe rum for refleksion og læring i hverdagen og ved forskellige møder er med til at fremme både åbenheden mellem medarbejdere og videndelingen på arbejdspladsen. Det gør det også lettere at fastholde og tilpasse de faglige metoder og tilgange, der benyttes i medarbejdergruppen.",
            "Når arbejdspladsen har en systematisk og konsekvent måde at samle op på, er det med til at sikre, at det bliver gjort – og at det giver bedst muligt udbytte både for den enkelte og arbejdspladsen.",
        ]),
        SeedPassage(heading: "Borgerne har også brug for læring", [
            "Konflikter og vold opstår i et samspil mellem borgere og medarbejdere. At samle op med borgeren efter en konflikt eller voldssituation kan derfor give læring både for borgeren og for medarbejderen, det viser erfaringer fra praksis og forskning².",
            "Langt de fleste borgere har ingen intention om at udsætte medarbejderne for vold. Når det alligevel sker jævnligt, er det ofte pga. misforståelser, manglende viden, problemer med at kommunikere m.m. Mange borgere bliver lettede over at kunne tale om en konfliktsituation med en medarbejder. Det giver dem mulighed for at fortælle, hvordan de oplevede situationen, hvad medarbejderen evt. gjorde, der triggede dem og fik situationen til at udvikle sig, selvom det ikke var det borgeren ønskede.",
            "Nogle af metoderne her i hæftet lægger op til at inddrage borgerne i læringen, det gælder især Mestringsskemaet i kombination med BVC, LA2 og FIT.",
        ]),
        SeedPassage(heading: "Læring på arbejdspladsniveau", [
            "Udover løbende at reflektere over de faglige tilgange og samarbejdet med borgeren er det også nødvendigt, at arbejdspladsen løfter blikket fra den konkrete episode og ser på tværs af episoderne samt fokuserer på, hvad der ellers kan gøres for at sikre et godt arbejdsmiljø for medarbejderne.",
            "Voldsforebyggelse handler om at skabe trivsel og tryghed for både borgere og medarbejdere. Det er ledelsens opgave at gå forrest og arbejde målrettet med udfordringer i arbejdsmiljøet, så de belastninger, medarbejderne udsættes for, tages alvorligt, og der kontinuerligt arbejdes aktivt med at forebygge konflikter og vold.",
            "Jævnlig analyse på tværs af registreringer af voldsomme episoder kan give læring og viden om mange forhold, som kan benyttes i forebyggelsesarbejdet. Fx får man viden om, i hvilke situationer volden typisk opstår, på hvilke tidspunkter, om der er bestemte medarbejdere, som rammes, og hvor ofte det sker. Den viden kan bruges til at tilrettelægge den voldsforebyggende indsats, så den mere præcist tager højde for udfordringerne på arbejdspladsen. Det kan være, der er brug for ændringer i arbejdsfordelingen, de fysiske rammer, hvordan ressourcerne fordeles i løbet af døgnet, eller at der er behov for kompetenceudvikling.",
        ]),
    ]

    /// The seed's footnotes 1 and 2.
    public static let footnotes = [
        "¹ Konflikter og vold – en faglig udfordring. Vold som Udtryksform, 2. rev. udgave 2018.",
        "² Liversage, Anika: Voldsforebyggelse på botilbud og forsorgshjem. SFI, Det Nationale Forskningscenter for Velfærd, 2017 og Voldsforebyggelse på botilbud og forsorgshjem. Tværgående analyse af 10 cases. Defactum, 2016.",
    ]
}
