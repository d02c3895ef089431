public import DocumentTree
public import ForebygCore

/// One of the five phases of the affektudbrudsmodel (Elvén, Agger & Ljungmann), with the
/// questions seed 002 gives for talking a phase through after an episode.
///
/// An episode moves from the everyday (low affect) through escalation to chaos (above the
/// citizen's *kaoslinje*, where cooperation is not possible), then de-escalation and back to the everyday.
public enum AffectPhase: String, CaseIterable, Codable, Sendable, Labelled {
    /// *Hverdag med lavt affektniveau*.
    case everyday
    /// *Eskalering*.
    case escalation
    /// *Kaos*.
    case chaos
    /// *Deeskalering*.
    case deescalation
    /// *Hverdag, tilbagevenden til hverdag*.
    case returnToEveryday

    /// The phase's name in the given language.
    public func label(in language: Language) -> String {
        RiskToolsStrings.for(language).phaseName(self)
    }

    /// The phase's guiding question, verbatim (Danish).
    public var guidingQuestion: String {
        switch self {
        case .everyday: "Hvad udløste affekt?"
        case .escalation: "Hvad fik situationen til at trappe op?"
        case .chaos: "Hvad gjorde, at borgeren havnede i kaos og mistede selvkontrollen?"
        case .deescalation: "Hvad medvirkede til at trappe situationen ned?"
        case .returnToEveryday: "Hvordan undgår vi, at samme situation gentages?"
        }
    }

    /// The phase's questions, verbatim (Danish), numbered from 1 in ``PhaseAnswer/question``.
    public var questions: [String] {
        switch self {
        case .everyday:
            [
                "Hvad skete der i dagene op til episoden, var der fx noget, som stressede borgeren?",
                "Hvad skete der på selve dagen?",
                "Hvem sagde og gjorde hvad?",
                "Hvad forventede vi, at borgeren kunne?",
                "Kunne borgeren det, vi forventede?",
                "Var vores adfærd med til at udløse borgerens affekt?",
            ]
        case .escalation:
            [
                "Hvordan var borgerens signaler, kropssprog, stemmeleje osv.",
                "Hvad gjorde borgeren for at løse situationen?",
                "Hvordan var medarbejdernes signaler, kropssprog, stemmeleje osv.?",
                "Hvad gjorde medarbejderne for at hjælpe borgeren til at beholde kontrollen?",
                "Forsøgte vi løsninger, som fik situationen til at eskalere?",
                "Øgede vi kravene til borgeren i eskaleringsfasen?",
            ]
        case .chaos:
            [
                "Var det en farlig situation? Hvis det var: Trak vi os uden at øge konfliktniveauet?",
                "Hvis det ikke var en farlig situation: Var det nødvendigt at gribe ind?",
                "Hvad gjorde vi konkret for at dæmpe situationen?",
            ]
        case .deescalation:
            [
                "Hvad fik situationen til at trappe ned?",
                "Hvad gjorde borgeren, som hjalp?",
                "Hvad gjorde medarbejderne, som hjalp?",
            ]
        case .returnToEveryday:
            [
                "Hvordan havde borgeren det efter episoden, reaktioner?",
                "Hvordan havde medarbejderne det efter episoden, reaktioner?",
                "Hvad kan forandres, så vi undgår at havne i samme situation igen?",
                "Har vi en plan, som vi tror på vil fungere, hvis samme situation opstår igen?",
            ]
        }
    }
}
