/// The count of one category in the analysed period beside the period before it.
public struct CategoryChange: Hashable, Sendable {
    /// The category; `nil` for the total over all categories.
    public var category: IncidentCategory?
    /// Incidents in the analysed period.
    public var count: Int
    /// Incidents in the previous period of the same length.
    public var previousCount: Int

    /// Creates a change.
    public init(category: IncidentCategory?, count: Int, previousCount: Int) {
        self.category = category
        self.count = count
        self.previousCount = previousCount
    }

    /// The difference, positive when incidents increased.
    public var difference: Int {
        count - previousCount
    }

    /// The difference in percent of the previous count; `nil` when the previous count is 0.
    public var percentChange: Double? {
        previousCount == 0 ? nil : Double(difference) / Double(previousCount) * 100
    }
}
