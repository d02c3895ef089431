/// How a series' scorings fall on one shift: the time-of-day pattern.
public struct BVCShiftPattern: Hashable, Sendable {
    /// The shift.
    public var shift: BVCShift
    /// How many scorings on this shift.
    public var count: Int
    /// How many of them scored above 0.
    public var nonZeroCount: Int
    /// The mean score, or `nil` with no scorings.
    public var meanScore: Double?

    /// Creates a shift pattern.
    public init(shift: BVCShift, count: Int, nonZeroCount: Int, meanScore: Double?) {
        self.shift = shift
        self.count = count
        self.nonZeroCount = nonZeroCount
        self.meanScore = meanScore
    }
}
