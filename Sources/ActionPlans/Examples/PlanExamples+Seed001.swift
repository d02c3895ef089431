import ForebygCore

extension PlanExamples {
    /// Seed 001's Trivselsgruppe plan: step 1's member rows (Leder, Arbejdsmiljørepræsentant,
    /// Tillidsrepræsentant, names blank) and the filled examples of steps 2 and 3, verbatim.
    ///
    /// The example's dates are placeholders ("d. xx.xx"), so statuses are undated and the first
    /// row's deadline is kept as text. Only the first row names someone responsible, which is a
    /// warning, not an error, for this plan type. "i marts 2020" is also given as a timing.
    public static let seed001WellbeingGroupPlan = WellbeingGroupPlan(
        members: [
            .init(title: "Leder"), .init(title: "Arbejdsmiljørepræsentant"), .init(title: "Tillidsrepræsentant"),
        ],
        purpose: [
            "Formålet er at opnå en fælles forståelse og måde at afdække borgerens livssituation på, hvor viden om trivsel og mestring er i fokus, både for den enkelte borger og for medarbejdere.",
            "Vi vil systematisk, via anerkendte metoder, mindske risikoen for voldsomme episoder ved at have fokus på borgerinddragelse og trivsel samt på forebyggelse, håndtering og læring.",
        ],
        goals: [
            "Gennem borgerinddragelse vil vi skabe grundlaget for et trygt og tillidsfremmende levemiljø.",
            "Vi implementerer LA2, der vil skabe et grundlag for et trygt og trivselsfremmende arbejdsmiljø.",
        ],
        successCriteria: [
            "Alle medarbejdere modtager undervisning i LA2.",
            "Trivselsplan, tryghedsplan og læringsplan anvendes af alle borgere (i det omfang det er muligt) og medarbejdere.",
            "Vi kan dokumentere brugen af LA2 ensartet, og det kan overføres til vores IT system, hvori vi to gange årligt følger op på, om vi anvender LA2 efter hensigten.",
        ],
        activities: seed001Activities
    )

    private static let seed001Activities: [WellbeingGroupPlan.Activity] = [
        .init(
            id: "orientere-paa-personalemoede",
            activity: "Orientere på personalemøde om, at LA2 skal implementeres.",
            description: """
                Repræsentanter fra Trivselsgruppen orienterer på personalemøde i marts 2020 om, at LA2 tages i brug i Hus A og Hus B.
                Begrunde valget af LA2 som metode.
                """,
            timing: [.period(start: CalendarDate("2020-03-01"), end: CalendarDate("2020-03-31"))],
            statusHistory: [
                StatusEntry(status: .completed, note: "Orientering gennemført på p-møde i Hus A d. xx.xx og i Hus B d. xx.xx.")
            ],
            deadlineNote: "Deadline d. xx.xx.",
            responsible: ["Afdelingsleder i Hus A", "Afdelingsleder i Hus B"],
            responsibilities: "Afdelingsleder i Hus A og Hus B."),
        .init(
            id: "info-mail",
            activity: "Sende info-mail til alle medarbejdere.",
            description: """
                Sende mail med intro-video og informationsmateriale.
                Begrunde, hvorfor vi skal bruge LA2.
                """),
        .init(
            id: "undervisning-i-la2",
            activity: "Undervisning i LA2.",
            description: """
                XX underviser i LA2.
                Der er 2 undervisningsdage.
                LA2-Metodemanual uddeles.
                """),
        .init(
            id: "statusmoede", kind: .statusMeeting,
            activity: "Statusmøde i trivselsgruppen:",
            description: """
                Den xx.xx.xx kl. 13-15. Status efter de to undervisningsdage.
                Hvordan er det gået og hvad er næste skridt? Drøfte og evt. justere aktivitetsplanen.
                """),
        .init(
            id: "udpege-tovholdere",
            activity: "Udpege tovholdere.",
            description: "Tovholdere har ansvar for at materiale om LA2 er opdateret og tilgængeligt på Q-drevet inden d. xx.xx.xx. Sikre, at LA2 indgår i introduktionen af nye medarbejdere."),
    ]
}
