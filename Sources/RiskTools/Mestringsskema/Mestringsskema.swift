public import ForebygCore

/// A citizen's Mestringsskema (coping schema) with its revisions, the daily level log and,
/// optionally, the BVC scorings that go with it (document type `mestringsskema`).
///
/// The Mestringsskema (developed by Region Nordjylland) is a tool for conversation and dialogue:
/// "Skemaet i sig selv kan ikke bruges til at vurdere risikoen for vold" (seed 002), so the BVC is
/// coupled on when the citizen is in the red fields, levels 1 and 2. ``findings(asOf:bvc:)`` lists
/// red days without a BVC scoring and an overdue review; ``validate()`` reports them as warnings.
public struct Mestringsskema: VersionedDocument, Hashable {
    /// `mestringsskema`.
    public static let documentType = "mestringsskema"
    /// 1.
    public static let formatVersion = 1

    /// *Borger*: the citizen, by pseudonym.
    public var citizen: PseudonymousReference
    /// The schema's versions, oldest first; the last is in force.
    public var revisions: [MestringsskemaRevision]
    /// The daily level log.
    public var log: [CopingLevelEntry]
    /// BVC scorings of the citizen carried with the schema, if the workplace keeps them here.
    public var bvcAssessments: [BVCAssessment]?
    /// The BVC settings (shift hours) the carried scorings are checked against; `nil` means the defaults.
    public var bvcConfiguration: BVCConfiguration?
    /// Days between reviews (default 28: "ca. hver fjerde uge").
    public var reviewIntervalDays: Int?

    /// Creates a Mestringsskema.
    public init(
        citizen: PseudonymousReference, revisions: [MestringsskemaRevision], log: [CopingLevelEntry] = [],
        bvcAssessments: [BVCAssessment]? = nil, bvcConfiguration: BVCConfiguration? = nil, reviewIntervalDays: Int? = nil
    ) {
        self.citizen = citizen
        self.revisions = revisions
        self.log = log
        self.bvcAssessments = bvcAssessments
        self.bvcConfiguration = bvcConfiguration
        self.reviewIntervalDays = reviewIntervalDays
    }

    /// The review interval in force, in days.
    public var effectiveReviewIntervalDays: Int { reviewIntervalDays ?? 28 }

    /// The revision in force: the latest by date.
    public var currentRevision: MestringsskemaRevision? {
        revisions.max { $0.date < $1.date }
    }

    /// How the schema is filled in, followed day by day and reviewed, verbatim from seed 002.
    public static let procedure: [String] = [
        "Skemaet udfyldes i samarbejde mellem medarbejdere og borgere, evt. også i samarbejde med pårørende.",
        "Når skemaet er udfyldt, vurderes borgerens mestringsniveau dagligt, så vidt muligt sammen med borgeren.",
        "Når borgeren er i de røde felter, suppleres Mestringsskemaet med scoringer i BVC.",
        "Ca. hver fjerde uge holdes et møde, hvor medarbejderne vurderer, om de har observeret noget i borgerens adfærd, som giver anledning til ændringer i skemaet. Herefter drøftes med borgeren, om han eller hun mener, at der bør ændres noget.",
    ]

    /// When to reflect after an episode that triggered the BVC, verbatim from seed 002.
    public static let reflectionTiming = "Hvis en borger alligevel bliver udadreagerende eller udøver fysisk eller psykisk vold (og dermed scorer i BVC), er det vigtigt at skabe læring, når episoden er håndteret og kommet lidt på afstand og borgeren igen er i sin habituelle tilstand."

    /// The lead-in to the reflection questions (*Spørgsmål til refleksion*), verbatim from seed 002.
    public static let reflectionIntroduction = "For at sikre systematisk læring kan man tale om, hvad der skete, og hvad man kan lære af det. Dialogerne foregår både i medarbejdergruppen og efterfølgende sammen med borgeren. Følgende spørgsmål kan bruges til at reflektere over en episode:"

    /// The five questions for reflection after an episode that triggered the BVC, verbatim from seed 002.
    public static let reflectionQuestions: [String] = [
        "Giver episoden/adfærden, som har udløst BVC, anledning til ændringer og tilføjelser i borgerens Mestringsskema?",
        "Hvad har været godt?",
        "Hvad har været mindre godt?",
        "Hvordan kan det blive endnu bedre til en anden gang?",
        "Hvordan kan det forebygges, at en lignende hændelse finder sted igen?",
    ]

    /// What seed 002 says follows the questions.
    public static let afterReflection = "Når spørgsmålene er gennemgået, opdateres Mestringsskemaet, hvis der er behov for det."
}
