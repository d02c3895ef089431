/// The læringsplan's reflection questions, verbatim from the seed (Vold som Udtryksform 2019, "LA2").
///
/// The professionals reflect with colleagues and management; the talk with the citizen has
/// questions of its own and ends with ``closingAdvice``.
public enum LA2ReflectionQuestions {
    /// The lead-in to the questions for colleagues and management.
    public static let colleaguesIntroduction = "Tag udgangspunkt i spørgsmålene her, når I skal reflektere med kolleger og ledelse:"

    /// The ten questions for reflecting with colleagues and management.
    public static let colleagues: [String] = [
        "Hvad gik forud for episoden?",
        "Hvad skete der under selve episoden?",
        "Stillede vi krav, som borgeren ikke kunne imødekomme?",
        "Hvad gjorde vi, som hjalp borgeren?",
        "Hvad gjorde vi, som forværrede situationen?",
        "Hvilke løsninger forsøgte borgeren for at klare situationen?",
        "Var det en farlig situation for os eller borgeren?",
        "Kunne vi have undladt at gribe ind?",
        "Hvordan landede konflikten?",
        "Hvad kan vi gøre sammen for at forebygge, at episoden gentager sig i fremtiden?",
    ]

    /// The lead-in to the questions for the talk with the citizen.
    public static let citizenIntroduction = "Refleksionen sammen med borgeren kan tage udgangspunkt i spørgsmålene:"

    /// The nine questions for the talk with the citizen.
    public static let citizen: [String] = [
        "Hvad skete der?",
        "Hvad følte du?",
        "Hvad gjorde medarbejderen, som hjalp dig?",
        "Hvad gjorde medarbejderen, som gjorde situationen værre?",
        "Kunne medarbejderen have gjort noget andet?",
        "Hvad gjorde du for at klare situationen?",
        "Hvordan virkede det, du gjorde?",
        "Har du andre gange gjort noget andet, som virkede godt?",
        "Hvad vil du gøre fremover i lignende situationer?",
    ]

    /// How to end the talk with the citizen.
    public static let closingAdvice = "Rund samtalen med borgeren af på en god måde. Nævn fx en ting, som du selv gerne vil gøre anderledes, og aftal en ting, som borgeren kan forsøge at gøre anderledes."

    /// How the læringsplan feeds the other two plans.
    public static let carryingAdvice = "Den læring, I får gennem samtalen, bruges også som input til borgerens trivsels- og/eller tryghedsplan."

    /// What to talk about first: the time before and during the episode.
    public static let episodeAdvice = "Tal om, hvad der skete i tiden op til episoden og under selve episoden for at blive klogere på, om der var tegn på et forhøjet belastningsniveau før episoden, og hvordan borger og medarbejdere oplevede selve episoden."

    /// The questions that fit a plan's audience.
    public static func questions(for audience: LA2Audience) -> [String] {
        audience == .professionals ? colleagues : citizen
    }
}
