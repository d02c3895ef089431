public import ForebygCore

/// A citizen's FIT sessions over time (document type `fit-series`).
///
/// The series gives the ORS and SRS totals, the change between sessions and charts of the totals
/// with the cutoffs as reference lines. It scores; it does not license the ORS or SRS (copyrighted
/// instruments whose clinical use is licensed by their owners).
public struct FITSeries: VersionedDocument, Hashable {
    /// `fit-series`.
    public static let documentType = "fit-series"
    /// 1.
    public static let formatVersion = 1

    /// The citizen, by pseudonym.
    public var citizen: PseudonymousReference
    /// Whose ORS norms apply (default adult).
    public var population: FITPopulation?
    /// The cutoffs; `nil` means the defaults.
    public var cutoffs: FITCutoffs?
    /// The sessions, in date order.
    public var sessions: [FITSession]

    /// Creates a series.
    public init(citizen: PseudonymousReference, population: FITPopulation? = nil, cutoffs: FITCutoffs? = nil, sessions: [FITSession]) {
        self.citizen = citizen
        self.population = population
        self.cutoffs = cutoffs
        self.sessions = sessions
    }

    /// The population in force (adult when not given).
    public var effectivePopulation: FITPopulation { population ?? .adult }
    /// The cutoffs in force.
    public var effectiveCutoffs: FITCutoffs { cutoffs ?? .standard }
    /// The ORS clinical cutoff for this citizen.
    public var orsCutoff: Double { effectiveCutoffs.ors(for: effectivePopulation) }
}
