import ForebygCore

extension PlanExamples {
    /// A blank, printable *Forslag til nye tiltag* form (støtteark 4) — not a fixture.
    public static let blankProposal = Proposal(id: "blank")

    /// Seed 000's filled example of *Forslag til nye tiltag* (from example story 5 in støtteark 2,
    /// *alenearbejde*), answers verbatim.
    ///
    /// It shows the example's own question wording (``Proposal/QuestionWording/filledExample``),
    /// so the rendered document reproduces the seed. The seed dates nothing: the lifecycle
    /// (handed over, then prioritised at the midtvejsmøde, as answer 6 says) is undated. The
    /// actions are the IG's own sentences from answers 6, 7 and 9, one action per responsible party.
    public static let seed000Proposal = Proposal(
        id: "seed-000-alenearbejde",
        title: "Eksempel på et udfyldt skema med ”Forslag til nye tiltag” (fra eksempel 5 i støtteark 2)",
        course: Proposal.CourseLink(theme: "Retningslinjer for alenearbejde"),
        questionWording: .filledExample,
        answers: seed000WorkingGroupAnswers + seed000ImplementationGroupAnswers,
        lifecycle: [
            Proposal.LifecycleEvent(stage: .draft),
            Proposal.LifecycleEvent(stage: .handedToImplementationGroup),
            Proposal.LifecycleEvent(stage: .prioritised, meeting: .midwayMeeting),
        ],
        actions: seed000Actions,
        coordination: Proposal.Coordination(
            withOtherWorkingGroups: false, withCommittee: true, responsible: ["Arbejdsmiljørepræsentanten"]),
        evaluation: Proposal.Evaluation(
            when: .text("3 måneder efter, at de er blevet formidlet til medarbejderne"),
            how: seed000EvaluationParagraphs[1])
    )

    private static let seed000WorkingGroupAnswers: [Proposal.Answer] = [
        Proposal.Answer(question: .storyAndChallenge, paragraphs: [
            "Vi er usikre på, om kollegaerne kan høre os, hvis vi råber om hjælp, og en borger forhindrer os i at trykke på alarmen.",
            "Vi er også usikre på, hvornår vi skal være 2 om en borger, og hvornår det fx er okay at tage alene med en borger til aktiviteter ud af huset.",
        ]),
        Proposal.Answer(question: .whyItArises, paragraphs: [
            "Vi har ikke talt nok om retningslinjer for alenearbejde. Det er uklart, hvornår det er i orden at være alene med borgerne, og hvornår det er nødvendigt at være 2 medarbejdere enten sammen om borgeren eller så tæt på hinanden, at en kollega kan se eller høre én.",
            "Der er også nogle gange et dilemma forbundet med at være 2 medarbejdere i situationer, hvor vi vurderer, at der er en risiko ved at være alene, men hvor det samtidig virker konfliktoptrappende på borgeren, at vi er 2.",
        ]),
        Proposal.Answer(question: .ideasForAction, paragraphs: [
            "Vi skal have udarbejdet nogle klare retningslinjer for alenearbejde. Det er vigtigt, at alle kender til og følger retningslinjerne. Det er også vigtigt, at retningslinjerne tænkes sammen med de risikovurderinger af borgerne, som vi allerede foretager.",
        ]),
        Proposal.Answer(question: .knowledgeNeeds, paragraphs: [
            "Vi skal forholde os til, hvordan den viden, vi allerede har om at risikovurdere borgerne, kan tænkes sammen med retningslinjer for alenearbejde.",
            "Vi har også brug for nogle flere kompetencer til at håndtere situationer, hvor vi vurderer, at det er sikrest at være 2, men hvor det samtidig virker konfliktoptrappende på borgeren. Kan vi fx gøre noget anderledes i dialogen med borgeren i de situationer?",
        ]),
        Proposal.Answer(question: .workingGroupCriteria, paragraphs: [
            "Den faglige udfordring er imødekommet, når det er klart og tydeligt for alle medarbejdere, hvornår det er okay at være alene med en borger, og hvornår der er behov for at være 2 eller flere medarbejdere. Vi skal også føle os bedre klædt på til at håndtere de nævnte dilemmaer.",
        ]),
    ]

    private static let seed000ImplementationGroupAnswers: [Proposal.Answer] = [
        Proposal.Answer(question: .prioritisation, paragraphs: [
            "Vi har på midtvejsmødet besluttet, at forslaget skal prioriteres højt, da det er vigtigt, at medarbejderne føler sig trygge, når de er alene med borgerne. Vi har allerede retningslinjer om, at det altid er okay at være 2, hvis man føler sig utryg, men det skal uddybes mere og tænkes sammen med den risikovurdering af borgerne, som vi allerede laver. Vi skal også forholde os til, hvad vi gør, når vi står i et dilemma som det, medarbejderne rejser, med, at det ikke altid er i borgerens umiddelbare interesse, at vi er 2 på.",
            "Vi vil i første omgang tage emnet op til drøftelse på personalemødet i den kommende uge for at få belyst alle de forskellige aspekter, vi skal være opmærksomme på, herunder alenearbejde på botilbuddet, når vi er på tur, dilemmaer mv.",
            seed000HandOverToOrganisation,
        ]),
        Proposal.Answer(question: .delegation, paragraphs: [
            seed000Actions[0].what, seed000Actions[1].what, seed000Actions[2].what, seed000Actions[4].what,
            seed000Actions[5].what,
        ]),
        Proposal.Answer(question: .coordination, paragraphs: [
            "Vi har kun én arbejdsgruppe, så der skal ikke koordineres med andre grupper.",
            "Arbejdsmiljørepræsentanten bringer pointerne fra personalemødet med til næste møde i arbejdsmiljøorganisationen, som skal være ansvarlig for at udarbejde nogle skriftlige retningslinjer for alenearbejde.",
        ]),
        Proposal.Answer(question: .communication, paragraphs: [
            "Alle medarbejderne i botilbuddet bliver informeret om arbejdsgruppens forslag på næstkommende personalemøde, hvor de også vil blive hørt om, hvilke forskellige udfordringer de ser i forbindelse med alenearbejde. Tillidsrepræsentanten står for at præsentere punktet.",
            "Når arbejdsmiljøorganisationen har udarbejdet de skriftlige retningslinjer, vil de blive formidlet til resten af medarbejderne på førstkommende personalemøde, og retningslinjerne vil også blive lagt ud på intranettet og være en del af introduktionen til nye medarbejdere. \(seed000Actions[6].what)",
            "Efter retningslinjerne er præsenteret, har alle medarbejdere et ansvar for at efterleve dem og gøre opmærksom på det over for ledelsen, hvis det af en eller anden grund ikke er muligt.",
        ]),
        Proposal.Answer(question: .evaluation, paragraphs: seed000EvaluationParagraphs),
    ]

    private static let seed000HandOverToOrganisation =
        "Vi vil herefter bære forslaget og alle de forskellige input fra personalemødet videre til arbejdsmiljøorganisationen, som skal være ansvarlig for at udarbejde nogle skriftlige retningslinjer, der dækker de forskellige situationer."

    private static let seed000EvaluationParagraphs = [
        "Vi vurderer, at udfordringen er imødekommet, når der ikke længere er usikkerhed blandt medarbejderne om, hvornår det er okay at være alene med en borger, eller hvornår vi skal være flere medarbejdere.",
        "Vi vil evaluere retningslinjerne på et personalemøde 3 måneder efter, at de er blevet formidlet til medarbejderne. Her vil vi have fokus på, om retningslinjerne er klare og tydelige for alle, og om der stadig er usikkerhed forbundet med alenearbejde.",
    ]

    private static let seed000Actions: [Proposal.Action] = [
        Proposal.Action(
            id: "punkt-paa-personalemoedet", what: "Daglig leder sætter det på som punkt på det kommende personalemøde.",
            responsible: ["Daglig leder"]),
        Proposal.Action(
            id: "praesentere-punktet",
            what: "Tillidsrepræsentanten er ansvarlig for at præsentere punktet for de andre medarbejdere.",
            responsible: ["Tillidsrepræsentanten"]),
        Proposal.Action(
            id: "notat-til-arbejdsmiljoeorganisationen",
            what: "Arbejdsmiljørepræsentanten tager notat under dette punkt på personalemødet og sørger for at bringe pointerne videre til arbejdsmiljøorganisationen, som vil påbegynde arbejdet med at udarbejde retningslinjerne.",
            responsible: ["Arbejdsmiljørepræsentanten"]),
        Proposal.Action(
            id: "skriftlige-retningslinjer", what: seed000HandOverToOrganisation, responsible: ["Arbejdsmiljøorganisationen"]),
        Proposal.Action(
            id: "planlaegning-af-arbejdet",
            what: "Den daglige leder er efter mødet ansvarlig for at se på, om der skal ændres noget i planlægningen af arbejdet, herunder se på, hvor mange medarbejdere vi er på arbejde på forskellige tidspunkter, for at sikre, at vi er det rette antal medarbejdere om en borger.",
            responsible: ["Daglig leder"]),
        Proposal.Action(
            id: "behov-for-kompetenceudvikling",
            what: "Efter mødet vil vi også i implementeringsgruppen drøfte, om der generelt er et behov for kompetenceudvikling mht. det omtalte dilemma, når borgeren oplever det konfliktoptrappende, at vi er 2. Vi vil herefter tage stilling til, om det er en opgave, vi kan løfte internt, eller vi skal have noget ekstern hjælp.",
            responsible: ["Implementeringsgruppen"]),
        Proposal.Action(
            id: "praesentere-retningslinjerne",
            what: "Daglig leder og arbejdsmiljørepræsentanten står for i fælleskab at præsentere retningslinjerne på mødet.",
            responsible: ["Daglig leder", "Arbejdsmiljørepræsentanten"]),
    ]
}
