/// How many incidents share one key: a category, a location, a month, an hour.
public struct Tally<Key: Hashable & Sendable>: Hashable, Sendable {
    /// What was counted.
    public var key: Key
    /// How many incidents have it.
    public var count: Int

    /// Creates a tally.
    public init(_ key: Key, _ count: Int) {
        self.key = key
        self.count = count
    }
}

extension Tally where Key: Comparable {
    /// Tallies of free-text keys, most frequent first and then by key, so that reports are stable.
    static func ranked(keys: [Key], counts: [Int]) -> [Tally] {
        zip(keys, counts).map { Tally($0, $1) }.sorted { ($1.count, $0.key) < ($0.count, $1.key) }
    }
}
