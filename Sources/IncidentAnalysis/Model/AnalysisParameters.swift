import ForebygCore

/// The thresholds an analysis flags against, with defaults drawn from the sources.
public struct AnalysisParameters: Codable, Sendable, Hashable {
    /// The share of near misses (0–1) below which the analysis flags possible under-registration.
    ///
    /// Default 0.2. A workplace that registers few near misses probably registers only the
    /// serious incidents: seed 004 found that "registrering primært er sket ved høje
    /// eskaleringer", and seed 002 asks for near misses to be registered because they show
    /// where to prevent before harm is done.
    public var nearMissShareThreshold: Double
    /// How many incidents with the same citizen, place or time slot make a repeat. Default 3,
    /// the fewest that make a pattern rather than a coincidence.
    public var repeatCount: Int
    /// The window, in days, within which ``repeatCount`` incidents make a repeat. Default 30:
    /// seed 002 has the manager and the AMR look at the registrations "fx inden for den sidste
    /// måned. Er der mønstre, gentagelser osv.?".
    public var repeatWindowDays: Int
    /// The days after an incident by which the learning talk should be held. Default 3: seed 002
    /// has the manager gather those involved "senest tre dage efter episoden".
    public var followUpDays: Int

    /// The defaults: 20 % near misses, 3 repeats within 30 days, learning talk within 3 days.
    public static let standard = AnalysisParameters(
        nearMissShareThreshold: 0.2, repeatCount: 3, repeatWindowDays: 30, followUpDays: 3)

    /// Creates parameters.
    public init(nearMissShareThreshold: Double, repeatCount: Int, repeatWindowDays: Int, followUpDays: Int) {
        self.nearMissShareThreshold = nearMissShareThreshold
        self.repeatCount = repeatCount
        self.repeatWindowDays = repeatWindowDays
        self.followUpDays = followUpDays
    }

    enum CodingKeys: String, CodingKey {
        case nearMissShareThreshold, repeatCount, repeatWindowDays, followUpDays
    }

    /// Decodes parameters; a missing member takes its default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let standard = Self.standard
        nearMissShareThreshold = try container.decode(.nearMissShareThreshold, default: standard.nearMissShareThreshold)
        repeatCount = try container.decode(.repeatCount, default: standard.repeatCount)
        repeatWindowDays = try container.decode(.repeatWindowDays, default: standard.repeatWindowDays)
        followUpDays = try container.decode(.followUpDays, default: standard.followUpDays)
    }
}
