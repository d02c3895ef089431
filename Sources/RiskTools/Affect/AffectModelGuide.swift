/// Seed 002's box "Sådan kan I bruge Affektudbrudsmodellen til at opnå læring": how to prepare
/// and hold a reflection on an episode, verbatim. The last step leads into the phases' questions
/// (``AffectPhase/questions``).
public enum AffectModelGuide {
    /// *Forberedelse* and *Gennemførelse*, in the seed's order.
    public static let stepGroups: [MethodStepGroup] = [
        MethodStepGroup(title: "Forberedelse", steps: [
            "Aftal og beskriv en fast struktur for, hvordan I samler op efter episoder med konflikter og voldsomme reaktioner, fx på teammøder hver 14. dag eller at lederen indkalder teamet/de involverede senest tre dage efter episoden.",
            "Aftal også, hvordan I samler op med borgeren efter en episode.",
            "Tilpas spørgsmålene under de fem faser i modellen, så de passer til jeres borgergruppe og lokale forhold.",
        ]),
        MethodStepGroup(title: "Gennemførelse", steps: [
            "Fortæl, hvad rammen for mødet er, hvad formålet er, samt lidt om, hvad der skal ske efter mødet.",
            "Aftal, hvordan der samles op med borgeren efter en episode, og hvem der gør det. Alle har en oversigt over modellen og spørgsmålene nedenfor.",
            "Faserne tales igennem ud fra spørgsmålene:",
        ]),
    ]
}
