import ForebygCore

/// Finds repeats: at least ``count`` incidents whose days lie within ``days`` consecutive days.
struct RepeatWindow {
    /// The day offsets count from this day.
    let start: CalendarDate
    /// How many incidents make a repeat.
    let count: Int
    /// How many consecutive days a window spans.
    let days: Int

    /// The subject's finding if its incidents repeat: the window with the most incidents
    /// (the earliest of equals), or `nil`.
    func finding(_ subject: RepeatFinding.Subject, days offsets: [Int32]) -> RepeatFinding? {
        guard offsets.count >= count else { return nil }
        let sorted = offsets.sorted()
        var best = (count: 0, first: 0, last: 0)
        var first = 0
        for last in sorted.indices {
            while sorted[last] - sorted[first] >= Int32(days) { first += 1 }
            if last - first + 1 > best.count { best = (last - first + 1, first, last) }
        }
        guard best.count >= count else { return nil }
        return RepeatFinding(
            subject: subject, count: best.count,
            firstDate: start.adding(days: Int(sorted[best.first])), lastDate: start.adding(days: Int(sorted[best.last])))
    }
}

extension RepeatFinding {
    /// Orders findings with the most incidents first, then by their first day, then by name.
    static func byCountThenDate(_ lhs: RepeatFinding, _ rhs: RepeatFinding) -> Bool {
        (rhs.count, lhs.firstDate, lhs.subject.sortName) < (lhs.count, rhs.firstDate, rhs.subject.sortName)
    }
}

extension RepeatFinding.Subject {
    /// The citizen's reference or the location's label, to order equal findings; empty for time slots.
    fileprivate var sortName: String {
        switch self {
        case .citizen(let reference): reference.rawValue
        case .location(let label): label
        case .timeSlot: ""
        }
    }
}
