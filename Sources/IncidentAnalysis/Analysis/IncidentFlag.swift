/// Something in an analysis that calls for attention, shown as a callout in the report.
public enum IncidentFlag: Hashable, Sendable {
    /// The share of near misses is below the threshold: a sign that only serious incidents are
    /// registered (seed 004: "registrering primært er sket ved høje eskaleringer").
    case lowNearMissShare(share: Double, threshold: Double)
    /// Learning talks were held late or not at all (seed 002: "senest tre dage efter episoden").
    case lateFollowUps(count: Int, days: Int)
    /// A citizen, place or time slot recurs.
    case repeated(RepeatFinding)
}
