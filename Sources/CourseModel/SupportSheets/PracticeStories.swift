/// The content of støtteark 2, *Praksisfortællinger*: the method's purpose, how it is used,
/// the six rules of play and the example themes, verbatim in Danish.
public enum PracticeStories {
    /// What the sheet contains ("I dette støtteark finder du").
    public static let contents: [String] = [
        "En introduktion til praksisfortællinger med formål, beskrivelse og spilleregler",
        "Inspiration til temaer, I kan arbejde med i forbindelse med praksisfortællinger",
        "Konkrete eksempler på, hvordan I arbejder med praksisfortællinger.",
    ]

    /// "Formål".
    public static let purpose: [String] = [
        "Praksisfortællinger er en metode, der giver dig og dine kollegaer mulighed for at sætte ord på jeres konkrete erfaringer med, hvad der fungerer godt, og hvad der udfordrer jer, fx når I arbejder med at forebygge vold mod medarbejdere i jeres botilbud.",
        "Metoden giver jer et rum til at dele viden, så I får mulighed for i fællesskab at trække læring ud af jeres konkrete erfaringer og bruge dem til at udvikle og systematisere jeres tiltag til at forebygge vold og trusler.",
        "Praksisfortællingerne kan også være med til at rykke ved forestillingen om, at vold og trusler er en uundgåelig risiko, når man arbejder i botilbud: Fortællingerne kan give jer en større forståelse for, hvordan I kan mindske risikoen, hvis I har et løbende fælles fokus på problematikken.",
    ]

    /// The sheet's OBS box.
    public static let caution =
        "OBS! Praksisfortællinger er en metode til at styrke videndeling, faglig refleksion, læring og udvikling. Metoden er ikke egnet til supervision eller til at bearbejde traumatiske oplevelser."

    /// "Sådan bruger I metoden", up to the group's discussion questions.
    public static let method: [String] = [
        "Praksisfortællinger er en metode, I kan bruge i forskellige sammenhænge.",
        "Dette forløb er bygget op omkring en kæde af møder, hvor en gruppe af udvalgte medarbejdere i et botilbud mødes til praksisfortællingsmøder for at drøfte, hvordan de kan blive bedre til at forebygge vold og trusler i botilbuddets hverdag.",
        "Mødet indledes med, at gruppens tovholder spørger medarbejderne, hvem der har et tema vedrørende botilbuddets voldsforebyggelse, som de har lyst til at drøfte med gruppen. Disse medarbejdere fortæller kort om deres erfaringer, hvorefter gruppen sammen vælger én medarbejder, der vil fortælle uddybende om et tema. Den udvalgte medarbejder deler sin praksisfortælling med gruppen – dvs. han eller hun fortæller om sine konkrete erfaringer med det tema, som er på dagsordenen.",
        "Derefter er ordet frit, så de andre deltagere kan bidrage med deres erfaringer og overvejelser.",
        "På baggrund af den fælles videndeling, drøfter gruppen:",
    ]

    /// The three questions the group discusses after a story.
    public static let discussionQuestions: [String] = [
        "Hvad kan vi konkludere på baggrund af praksisfortællingen?",
        "Hvad kan vi fremover gøre for at udvikle en fælles og systematisk voldsforebyggelse?",
        "Hvilke nye forslag til at forebygge vold og trusler i botilbuddet skal vi bringe videre til implementeringsgruppen?",
    ]

    /// "Forslagene kan fx handle om": the four kinds of proposal.
    public static let proposalKinds: [String] = [
        "Hvordan kan vi fremover håndtere særlige problemstillinger? Fx modtagelse af nye borgere eller instruktion og oplæring af nye medarbejdere, vikarer og praktikanter",
        "Nye forebyggelsesinitiativer. Fx særlige risikovurderingsmetoder",
        "Kompetenceudvikling. Fx i metoder til konfliktnedtrapning eller til at fremme borgeres mestringsevne",
        "Ønsker om at sætte supervision i gang – kollegial og/eller ekstern.",
    ]

    /// What happens to the proposals.
    public static let proposalsFollowUp =
        "Forslagene skal efter praksisfortællingsmøderne gives videre til drøftelse i botilbuddets implementeringsgruppe. På midtvejsmødet og på det afsluttende møde skal I sammen beslutte, hvilke forslag I vil arbejde videre med i botilbuddet."

    /// "Spilleregler for praksisfortællinger": the six rules of play.
    public static let rules: [String] = [
        "Vis gensidig respekt: Tag pænt imod det, din kollega fortæller, og undgå at kritisere din kollegas konkrete erfaringer.",
        "Alle har tavshedspligt i forhold til personfølsomme oplysninger, der måske kommer frem under praksisfortællingen. Fx oplysninger, der på et senere tidspunkt vil kunne bruges til at kritisere en medarbejders arbejde eller holdninger.",
        "Generelle erfaringer, løsningsforslag og idéer til forebyggende handlinger må I gerne give videre som konkrete forslag til implementeringsgruppen.",
        "Det er ikke tilladt at kommentere eller drøfte den praksis, som din kollega fortæller om, før han/hun er færdig med sin praksisfortælling.",
        "Hvis det er i orden med fortælleren, er det tilladt at stille opklarende spørgsmål under fortællingen.",
        "Efter praksisfortællingen kan de øvrige deltagere fortælle om deres erfaringer med lignende situationer og komme med konstruktive forslag til, hvordan I fremover kan systematisere og styrke forebyggelsen på området.",
    ]

    /// "Inspiration til valg af tema i praksisfortællinger".
    public static let themeInspiration: [String] = [
        "I praksisfortællingerne skal medarbejderne både tale om, hvad der fungerer godt i jeres botilbud og derfor hjælper jer med at fastholde og udvikle en god praksis, og eksempler på, hvad I kan gøre bedre for at forebygge vold.",
        "Har I svært ved at finde konkrete fortællinger fra jeres hverdag i botilbuddet, kan I bruge praksisfortællingerne på de næste sider som inspiration til at få åbnet op for drøftelserne. Det er vigtigt, at I tager udgangspunkt i jeres egne konkrete erfaringer med, hvordan I søger at forebygge vold i netop jeres botilbud, så pas på, at eksemplerne på de næste sider ikke bliver for styrende. Men brug dem gerne til at få taget hul på praksisfortællinger inden for et særligt tema.",
    ]

    /// The paragraphs after the list of themes.
    public static let themeNotes: [String] = [
        "Listen her er ikke udtømmende for, hvad I kan arbejde med i jeres praksisfortællinger, men den kommer omkring nogle af de temaer, som det er vigtigt, at I at har fokus på, når I udvikler nye tiltag til at forebygge arbejdsrelateret vold.",
        "Under hvert tema finder I desuden en henvisning til de relevante retningslinjer i Socialstyrelsens nationale retningslinjer for forebyggelse af voldsomme episoder på botilbud samt boformer for hjemløse.",
        "Vær opmærksom på, at der ikke henvises til alle retningslinjer – kun til dem, der omhandler samme områder som det udvalgte tema.",
    ]

    /// The sentence that introduces each story's guideline references.
    public static let guidelineLead =
        "Se Socialstyrelsens nationale retningslinjer for forebyggelse af voldsomme episoder på botilbud samt boformer for hjemløse, særligt:"
}
