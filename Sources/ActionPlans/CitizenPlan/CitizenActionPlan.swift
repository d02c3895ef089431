public import ForebygCore

/// A *handleplan* for the work with one citizen (*borger*), as in seed 004: why it exists
/// (for example an Arbejdstilsynet *påbud*), its tracks (*spor*) with concrete measures
/// (*konkrete tiltag*), dated status snapshots (*status pr. 17.02.2026*) and follow-up.
///
/// The citizen appears only as a pseudonymous reference (`PseudonymousReference`); the plan never needs a name.
public struct CitizenActionPlan: Hashable, Sendable, Codable {
    /// The plan's title, if it has one.
    public var title: String?
    /// The citizen the plan is about, by pseudonym.
    public var citizen: PseudonymousReference
    /// The workplace (*botilbud*).
    public var workplace: String?
    /// The section *Formål og baggrund*, as paragraphs.
    public var purposeAndBackground: [String]
    /// The improvement notice (*påbud*) the plan answers, if any.
    public var improvementNotice: ImprovementNotice?
    /// The day the plan starts; deadlines may not come before it.
    public var start: CalendarDate?
    /// The day the plan describes; no status may be dated later. Without it, the latest snapshot's day counts.
    public var asOf: CalendarDate?
    /// The sentence that introduces the tracks, for example "Indsatsen bygger på fire gennemgående spor:".
    public var tracksIntroduction: String?
    /// The tracks (*spor*) with their measures.
    public var tracks: [Track]
    /// The dated status snapshots, oldest first; earlier snapshots are kept.
    @Defaulted public var statusSnapshots: [StatusSnapshot]
    /// Who is responsible for a measure that names nobody itself, for example "Ledelsen".
    @Defaulted public var overallResponsible: [String]
    /// The section *Opfølgning og evaluering*, as paragraphs.
    @Defaulted public var followUp: [String]
    /// The day of the next evaluation, if set.
    public var nextEvaluation: CalendarDate?

    /// Creates a plan.
    public init(
        title: String? = nil,
        citizen: PseudonymousReference,
        workplace: String? = nil,
        purposeAndBackground: [String],
        improvementNotice: ImprovementNotice? = nil,
        start: CalendarDate? = nil,
        asOf: CalendarDate? = nil,
        tracksIntroduction: String? = nil,
        tracks: [Track],
        statusSnapshots: [StatusSnapshot] = [],
        overallResponsible: [String] = [],
        followUp: [String] = [],
        nextEvaluation: CalendarDate? = nil
    ) {
        self.title = title
        self.citizen = citizen
        self.workplace = workplace
        self.purposeAndBackground = purposeAndBackground
        self.improvementNotice = improvementNotice
        self.start = start
        self.asOf = asOf
        self.tracksIntroduction = tracksIntroduction
        self.tracks = tracks
        self.statusSnapshots = statusSnapshots
        self.overallResponsible = overallResponsible
        self.followUp = followUp
        self.nextEvaluation = nextEvaluation
    }

    /// The day the plan describes: ``asOf``, else the latest snapshot's day.
    public var effectiveAsOf: CalendarDate? {
        asOf ?? statusSnapshots.map(\.date).max()
    }

    /// Every measure of every track, in the plan's order.
    public var measures: [Measure] {
        tracks.flatMap(\.measures)
    }

    /// The people responsible for a measure: its own, else the plan's overall responsible.
    public func responsible(for measure: Measure) -> [String] {
        measure.responsible.isEmpty ? overallResponsible : measure.responsible
    }
}

extension CitizenActionPlan: VersionedDocument {
    /// `citizen-action-plan`.
    public static let documentType = "citizen-action-plan"
    /// Version 1.
    public static let formatVersion = 1
}
