/// Seed 002's box "Sådan kan I arbejde med – At skabe læring via skemaerne i LA2": preparing
/// LA2, using the plans, and each kind of plan's steps, verbatim. The læringsplan's questions
/// are in ``LA2ReflectionQuestions``.
public enum LA2Method {
    /// *Forberedelse*: the three steps before introducing LA2.
    public static let preparation: [String] = [
        "Inden I går i gang med at indføre LA2, skal I sætte jer ind i metoden. Sørg for, at så mange som muligt har været på kursus i LA2 og har øvet sig i at udfylde skemaerne. Sørg også for, at der er tid og plads til at tale sammen og dele erfaringer om, hvordan det går med at bruge metoden – tal både om udfordringer og succeser.",
        "Aftal, hvilke borgere I vil bruge LA2-planerne sammen med. I kan fx starte med at udfylde skemaer for nogle få borgere, gerne nogle af dem, som I samarbejder godt med.",
        "Planerne ændrer sig i takt med, at borgeren og samarbejdet ændrer sig, så afsæt tid til løbende at føre skemaerne ajour.",
    ]

    /// *Brug af skemaerne*: involving the citizen, verbatim.
    public static let usingThePlans = "Tal med borgeren om at udfylde de tre skemaer og inddrag evt. en del af borgerens netværk, hvis det er muligt, og borgeren ønsker det. Hvis borgeren ikke kan eller ikke ønsker at samarbejde om planerne, kan I nøjes med at lave planerne ud fra medarbejdernes perspektiv."

    /// The steps for one kind of plan, in the seed's order (*Trivselsplaner*, *Tryghedsplaner*,
    /// *Læringsplaner*); the læringsplan's second step is ``LA2ReflectionQuestions/episodeAdvice``.
    public static func steps(for kind: LA2PlanKind) -> [String] {
        switch kind {
        case .wellBeing:
            ["Udfyld først trivselsplanen for hhv. borgere og fagprofessionelle. Så får I viden om borgerens tegn på belastning, advarsel og trivsel, og indsigt i, hvad borgeren gør for at mestre sin situation. I Trivselsplan for fagprofessionelle beskriver I medarbejdernes fælles faglige tilgange til den pågældende borger. Brug samtaleark fra LA2 Metodemanual til at understøtte samtalerne om borgerens ressourcer, netværk mv."]
        case .safety:
            ["Udfyld dernæst tryghedsplaner for borgere og fagprofessionelle. Når I arbejder med tryghedsplanerne, får I talt om, hvordan I sammen og hver for sig kan håndtere en situation, hvor borgeren reagerer voldsomt. Planen skal støtte borgeren til at undgå at miste selvkontrollen. Borgerens erfaringer er vigtige at kende, for at medarbejderne kan give den nødvendige støtte til at bevare roen, mestre situationen og opnå mest mulig tryghed."]
        case .learning:
            [
                "Tag læringsplanerne for borgere og fagprofessionelle i brug, når I skal tale om konkrete kritiske episoder for at lære af episoderne og forebygge lignende situationer. Læringsplanerne kan både bruges efter episoder, som blev håndteret godt, og efter episoder som endte voldsomt. Både borger og medarbejdere får større indsigt, forståelse og kan opnå læring.",
                LA2ReflectionQuestions.episodeAdvice,
            ]
        }
    }
}
