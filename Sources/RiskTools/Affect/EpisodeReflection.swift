public import ForebygCore

/// A reflection on an episode through the affektudbrudsmodel's five phases (document type
/// `episode-reflection`), with the før/under/efter model when force was used and an optional affect curve.
///
/// Seed 002 advises waiting until feelings have settled: "det er bedst at vente med
/// læringssamtaler, til følelserne har lagt sig, og situationen er kommet lidt på afstand, fx
/// nogle dage eller uger efter". A reflection sooner than ``minimumDaysAfterEpisode`` days is a
/// warning; one dated before the episode is an error.
public struct EpisodeReflection: VersionedDocument, Hashable {
    /// `episode-reflection`.
    public static let documentType = "episode-reflection"
    /// 1.
    public static let formatVersion = 1

    /// The citizen, by pseudonym.
    public var citizen: PseudonymousReference
    /// The day of the episode.
    public var episodeDate: CalendarDate
    /// The day of the reflection.
    public var reflectionDate: CalendarDate
    /// The staff taking part, by pseudonym.
    public var participants: [PseudonymousReference]
    /// Whether the citizen took part.
    public var citizenTookPart: Bool
    /// The answers, per phase.
    public var phases: [PhaseReflection]
    /// The før/under/efter reflection, if force was used (*magtanvendelse*).
    public var restraint: RestraintReflection?
    /// The affect curve, if drawn.
    public var affectCurve: AffectCurve?
    /// The fewest days after the episode a reflection should take place (default 2).
    public var minimumDaysAfterEpisode: Int?

    /// Creates an episode reflection.
    public init(
        citizen: PseudonymousReference, episodeDate: CalendarDate, reflectionDate: CalendarDate,
        participants: [PseudonymousReference], citizenTookPart: Bool, phases: [PhaseReflection],
        restraint: RestraintReflection? = nil, affectCurve: AffectCurve? = nil, minimumDaysAfterEpisode: Int? = nil
    ) {
        self.citizen = citizen
        self.episodeDate = episodeDate
        self.reflectionDate = reflectionDate
        self.participants = participants
        self.citizenTookPart = citizenTookPart
        self.phases = phases
        self.restraint = restraint
        self.affectCurve = affectCurve
        self.minimumDaysAfterEpisode = minimumDaysAfterEpisode
    }

    /// The minimum days in force (2 when not given).
    public var effectiveMinimumDays: Int { minimumDaysAfterEpisode ?? 2 }

    /// The answers for a phase, if given.
    public func reflection(for phase: AffectPhase) -> PhaseReflection? {
        phases.first { $0.phase == phase }
    }
}
