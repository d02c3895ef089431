/// Free-text keys (locations, citizens, professional groups) with the days their incidents
/// happened on: a dictionary maps each key to a dense index once, arrays hold the rest.
struct KeyedDays<Key: Hashable> {
    /// The keys, in order of first appearance.
    private(set) var keys: [Key] = []
    /// For each key, the day offsets (from the period's start) of its incidents.
    private(set) var days: [[Int32]] = []
    private var indices: [Key: Int] = [:]

    /// The dense index of a key, adding the key if it is new.
    mutating func index(of key: Key) -> Int {
        if let index = indices[key] { return index }
        indices[key] = keys.count
        keys.append(key)
        days.append([])
        return keys.count - 1
    }

    /// Records an incident of a key on a day.
    mutating func add(_ key: Key, day: Int) {
        days[index(of: key)].append(Int32(day))
    }
}
