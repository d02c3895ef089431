/// The guidance of seed 001, Socialstyrelsen's guide "Vejen til mere trivsel og tryghed", verbatim:
/// the introduction, the dialogue that comes before the Trivselsgruppe, and the instructions of
/// the three steps, including each column of the activity plan with the prompt its header prints.
///
/// The package restores only what the seed's text extraction lost (the hyphen in
/// "udviklingsarbejdet", the line breaks). ``WellbeingGroupPlan/blankForm(in:)`` prints it.
public enum WellbeingGroupGuide {
    /// A column of step 3's *Plan for aktiviteter*: its header and the prompt printed under it.
    public struct Column: Hashable, Sendable {
        /// The column's header, for example "Deadline og Ansvarlig".
        public var title: String
        /// The lines printed under the header, for example "- Hvem har ansvar?" and "Skriv dato og ansvarlig".
        public var prompt: [String]
    }

    /// The guide's title.
    public static let title = "Vejen til mere trivsel og tryghed"

    /// The introduction: what the guide is for, the Trivselsgruppe, and assessing the practice first.
    public static let introduction: [String] = [
        "Når I som ledere, medarbejdere og borgere i et botilbud eller boform vil skabe mere trivsel og tryghed og ønsker at nedbringe omfanget af konflikter og voldsomme episoder, kan I bruge denne guide som støtte til at lave en plan for, hvad I vil opnå, hvad der skal ske og hvordan.",
        "Som noget af det første skal der nedsættes en gruppe, som sammen finder frem til, hvad der kan styrke trivsel og tryghed for både borgere og medarbejdere. Gruppen kan være en allerede eksisterende gruppe som arbejdsmiljøgruppen eller trio-gruppen, der suppleres med andre nøglepersoner på tilbuddet. I denne guide kalder vi gruppen for Trivselsgruppe. Det er Trivselsgruppens opgave at sikre planlægning, fremdrift og opfølgning undervejs samt at inddrage medarbejdere og borgere.",
        "De initiativer og aktiviteter I sætter i gang, skal kunne supplere og styrke det arbejde, som allerede foregår. Derfor er det en anbefaling at starte med at vurdere tilbuddets trivselsfremmende og voldsforebyggende praksis, hvilket I kan gøre ved at udfylde et skema, hvor I vurderer jeres praksis på en række områder (se skema her). Skemaet tager udgangspunkt i de nationale retningslinjer for forebyggelse af voldsomme episoder på botilbud og på boformer for hjemløse.",
    ]

    /// The guide's two links to Socialstyrelsen: its tools for preventing *voldsomme episoder*,
    /// and the national guidelines the introduction's assessment schema builds on.
    public static let links = [
        "https://socialstyrelsen.dk/projekter-og-initiativer/handicap/indsatsteam-mappe/redskaber-til-forebyggelse-af-voldsomme-episoder",
        "https://socialstyrelsen.dk/udgivelser/nationale-retningslinjer-for-forebyggelse-af-voldsomme-episoder-pa-botilbud-og-boformer-for-hjemlose",
    ]

    /// The heading of the part on the dialogue.
    public static let dialogueHeading = "Hvilken vej er rigtig for os?"

    /// Who may assess the practice, and the lead-in to the dialogue questions.
    public static let dialogueIntroduction: [String] = [
        "Vurderingen kan eksempelvis gennemføres af lederen, arbejdsmiljø- og tillidsrepræsentanten og andre nøglepersoner.",
        "Efter det indledende arbejde, med at vurdere praksis og indkredse behov og muligheder, er det vigtigt mere bredt at inddrage medarbejdere og borgere. I kan fx starte dialogen med spørgsmålene her:",
    ]

    /// The three questions that start the dialogue with staff and citizens.
    public static let dialogueQuestions: [String] = [
        "Hvorfor har vi brug for en indsats?",
        "Hvad har vores vurdering af praksis vist? (Inddrag også gerne erfaringer fra tidligere voldsomme episoder, borgernes erfaringer, statistik over voldsepisoder, magtanvendelser og resultater fra APV m.m.).",
        "Hvad vil vi gøre noget ved, og hvad vil vi opnå?",
    ]

    /// What the dialogue gives, and who is in the group.
    public static let dialogueOutcome = "Dialogen giver et indtryk af, om der er forståelse, interesse og opbakning til den proces, der skal i gang og kan give ideer til, hvem der kan være gode at få med i Trivselsgruppen. Gruppen består af ledere, medarbejdere og gerne også borgere, der sammen beskriver, planlægger og driver forløbet frem til mere trivsel og tryghed."

    /// The heading of the three steps.
    public static let stepsHeading = "Tre trin til at komme i mål"

    /// The lead-in to the three steps.
    public static let stepsIntroduction = "På de næste sider bliver de tre trin med tilhørende skemaer præsenteret. I kan bruge skemaerne i arbejdet med at beskrive, konkretisere og planlægge de initiativer og aktiviteter, I gerne vil sætte i gang for at opnå mere trivsel og tryghed og nedbringe voldsomme episoder."

    /// Step 1: agreeing who is in the group and each member's role and responsibility.
    public static let stepOne = "Første trin er at aftale, hvem der er med i Trivselsgruppen, og hvad den enkeltes rolle og ansvar er. Gruppens medlemmer har en vigtig funktion i forløbet – bl.a. med at tale med de øvrige medarbejdere og borgere om indholdet, holde fast i aftalerne, følge op på og justere aktiviteter undervejs."

    /// The titles step 1's table names before any names are written in.
    public static let stepOneRoles = ["Leder", "Arbejdsmiljørepræsentant", "Tillidsrepræsentant"]

    /// Step 2: describing the content and goals, and the lead-in to its questions.
    public static let stepTwo = "Andet trin er, at Trivselsgruppen beskriver indhold og mål i indsatsen. I kan tage udgangspunkt i disse spørgsmål, når I skal tale om, hvor I vil hen med jeres indsats, og hvad den skal indeholde:"

    /// Step 2's three questions for the talk; the form's fields ask them again in shorter words
    /// (``WellbeingGroupPlan/purposeQuestion`` and the two after it).
    public static let stepTwoQuestions: [String] = [
        "Hvorfor sætter vi udviklingen i gang – hvad vil vi gerne opnå samlet set?",
        "Hvilke konkrete mål skal opfyldes for, at vi kan opnå vores formål?",
        "Hvordan kan vi helt konkret se, at vi har nået vores mål?",
    ]

    /// The line above step 2's fields.
    public static let writeConclusions = "Skriv jeres konklusioner fra dialogen ind i skemaet her"

    /// Step 3: the activity plan, and how the group fills it in.
    public static let stepThree: [String] = [
        "Tredje trin er at lave en tydelig plan for de aktiviteter, I vil sætte i gang. Planen viser de enkelte skridt, hvem der er ansvarlig for hvad, hvornår der er deadline og den løbende status. Planen for aktiviteter skal I tilpasse løbende, efterhånden som udviklingsarbejdet skrider frem.",
        "Som Trivselsgruppe udfylder I planen ved at tale om, hvad I vil sætte i gang for at nå de mål, I har aftalt.",
    ]

    /// What to write in each of the plan's four columns; the second item has two sub-points
    /// (``stepThreeSecondColumnPoints``).
    public static let stepThreeColumnInstructions: [String] = [
        "I første kolonne skriver I en overskrift eller meget kort beskrivelse af aktiviteten.",
        "I anden kolonne uddyber I aktiviteten ved at afklare og beskrive:",
        "I tredje kolonne skriver I jævnligt en kort status undervejs i forløbet. Når I gør status over aktiviteterne, kan I også overveje, hvor meget opmærksomhed, der er brug for fra den ansvarlige og andre i Trivselsgruppen, for at sikre, at aktiviteten bliver gennemført som planlagt.",
        "I fjerde kolonne skriver I en deadline for, hvornår I forventer, at aktiviteten er gennemført. Og i samme kolonne skriver I, hvem der er ansvarlig for, at aktiviteten bliver gennemført. Det er en fordel at skrive konkrete medarbejdere fra Trivselsgruppen på som ansvarlige for de enkelte aktiviteter.",
    ]

    /// The two points of the second column's instruction.
    public static let stepThreeSecondColumnPoints = [
        "Hvem aktiviteten er rettet mod.",
        "Hvad der konkret skal ske, og hvornår det skal ske.",
    ]

    /// Keeping the plan up to date.
    public static let planFollowUp = "Planen for aktiviteter er Trivselsgruppens redskab til at følge op på udviklingen undervejs. Derfor skal planen løbende opdateres og justeres. I kan tilføje nye aktiviteter undervejs, hvis der bliver behov for det."

    /// The agreement on status meetings that closes step 3.
    public static let statusMeetingAgreement = "Aftal, hvornår I har fælles statusmøder."

    /// The heading of the activity plan.
    public static let planHeading = "Plan for aktiviteter"

    /// The activity plan's four columns with their prompts. The package leaves out the seed's
    /// "(Se eksemplet sidste side)" under "Aktivitet": the filled example is a document of its own
    /// (``PlanExamples/seed001WellbeingGroupPlan``), not the form's last page.
    public static let planColumns: [Column] = [
        Column(title: "Aktivitet", prompt: ["- Kort beskrivelse"]),
        Column(title: "Beskrivelse", prompt: ["- Hvem er målgruppen?", "- Hvad sker hvornår?"]),
        Column(title: "Status", prompt: ["- Hvad er status for aktiviteten?", "Skriv dato og status"]),
        Column(title: "Deadline og Ansvarlig", prompt: ["- Hvem har ansvar?", "Skriv dato og ansvarlig"]),
    ]
}
