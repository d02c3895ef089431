public import ForebygCore

extension PracticeStoryMeeting {
    /// The seed's summary box under the chapter title ("Gennem fortællinger fra praksis …").
    public static let summary = "Gennem fortællinger fra praksis får medarbejderne delt og drøftet erfaringer fra samarbejdet med borgere eller elever. Fortællinger om konflikter, som endte med trusler og vold eller som var nærved at gøre det, kan være afsæt for dialog og refleksioner. Læringen gør medarbejderne bedre til at forebygge og håndtere lignende situationer fremover."

    /// The seed's running text after the definition of a practice story
    /// (``PracticeStoryQuestions/introduction``): sharing the stories, and
    /// "Skab rum og struktur for praksisfortællinger".
    public static let introduction: [SeedPassage] = [
        SeedPassage([
            "Når medarbejderne drøfter praksisfortællingerne med hinanden, styrker det den fælles viden om, hvordan de kan forebygge og håndtere voldsomme situationer. Medarbejderne lærer af hinanden og kan via praksisfortællingerne udvikle nye initiativer og løsninger, som kan være med til at skabe bedre trivsel og mere tryghed for medarbejdere og borgere.",
        ]),
        SeedPassage(heading: "Skab rum og struktur for praksisfortællinger", [
            "Når en arbejdsplads vil i gang med at arbejde med praksisfortællinger, er der brug for at aftale, hvordan det gøres, og hvem der gør hvad. Arbejdstilsynet har udviklet forebyggelsespakker, der guider gennem et seks måneders forløb med praksisfortællinger (se Læs mere).",
            "Forløbet er inddelt i fire faser: Først er der forberedelse og planlægning. Dernæst gennemføres møder med praksisfortælling. Ved et praksisfortællingsmøde vælger man et tema med udgangspunkt i en konkret fortælling med erfaringer fra praksis, hvor en medarbejder har været fagligt udfordret. Temaet kan handle om elementer af voldsforebyggelse, fx risikovurdering, inddragelse af borgerne, oplæring og registrering af voldsepisoder. Forløbet slutter med evaluering og aftaler om, hvilke tiltag der skal implementeres på baggrund af læringen ved de enkelte praksisfortællingsmøder.",
            "I hele forløbet har ledelsen en vigtig opgave med at sætte rammerne, så det kan lade sig gøre for den enkelte medarbejder og de daglige ledere at prioritere og gennemføre forløbet.",
            "Praksisfortællinger kan efterfølgende integreres i hverdagen, fx på team- eller personalemøder, så fortællingerne bruges som en vedvarende måde at dele viden og lære på.",
        ]),
    ]

    /// The seed's account from Døgntilbuddet Skovbo, verbatim.
    public static let skovboCase = SeedCase(workplace: "Døgntilbuddet Skovbo", headline: "Praksisfortællinger forebygger konflikter", passages: [
        SeedPassage([
            "På døgntilbuddet Skovbo i Skanderborg bruger medarbejderne praksisfortællinger til at blive klogere på svære episoder og konflikter med børnene og de unge. Den medarbejder, som oplever episoden, skriver den ned sammen med sine refleksioner: Hvad skete der? Kunne jeg have gjort noget anderledes?",
            "Praksisfortællingen er en fortælling om pædagogens samspil og oplevelse med barnet – og også om, hvordan samspillet har påvirket eller inspireret pædagogen. Ved at skrive fortællingen ned får medarbejderen mulighed for at tænke den igennem igen. Han eller hun får øje på nye ting og skaber rum for refleksion over, hvad der skete i relationen til barnet.",
            "Fortællingerne er med til at give ny viden om andre sider af barnet og bliver på den måde også et grundlag for de pædagogiske drøftelser, ligesom fortællingerne danner grundlag for formidling og dokumentation af praksis.",
        ]),
        SeedPassage(heading: "Praksisfortællinger i samarbejdet med andre", [
            "Medarbejderne bruger også praksisfortællinger til videndeling og fælles inspiration til nye pædagogiske tiltag. Praksisfortællingerne er med på personalemøder, hvor kolleger kan komme med indspark. I personalestuen ligger der en mappe med de seneste fortællinger, så alle har mulighed for at læse dem, inden de bliver lagt ind i det elektroniske journalsystem.",
            "Praksisfortællingerne bruges endvidere i samarbejdet med forældre og andre faggrupper. Fx fungerer praksisfortællinger godt, når et barn eller en ung skal flytte til et andet botilbud. Her giver fortællingen vigtig viden til personalet på det nye botilbud.",
        ]),
    ])

    /// The seed's "Læs mere" list: Arbejdstilsynet's two forebyggelsespakker.
    public static let readMore = [
        "Arbejdstilsynets forebyggelsespakker: Brug fortællinger til at forebygge arbejdsrelateret vold. Botilbud og boformer for hjemløse (2019).",
        "Arbejdstilsynets forebyggelsespakker: Vold og trusler – fra fortælling til forandring. Forebyggelsespakke til døgninstitutioner og hjemmepleje (2016).",
        "Hent forebyggelsespakkerne på www.amid.dk",
    ]
}
