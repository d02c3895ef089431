import Synchronization

/// One copy of each small array value that incidents repeat by the million (`["blow"]`), so that equal arrays share one heap buffer instead of holding one each.
///
/// Arrays are values: sharing a buffer changes nothing a reader can see, and a writer copies
/// it first. The table keeps at most ``limit`` distinct arrays of at most
/// ``longestShared`` elements, for the life of the process; an array beyond those is kept as
/// it is, so an input of a million distinct arrays costs no more than before.
final class SharedArrays<Element: Hashable & Sendable>: Sendable {
    private let table = Mutex<[[Element]: [Element]]>([:])
    /// The most distinct arrays the table keeps.
    let limit: Int
    /// The most elements an array the table keeps has.
    static var longestShared: Int { 4 }

    /// An empty table of at most `limit` arrays.
    init(limit: Int) {
        self.limit = limit
    }

    /// The table's copy of `array`, or `array` itself if the table has none and is full, or the
    /// array is empty (which allocates nothing) or longer than ``longestShared``.
    func shared(_ array: [Element]) -> [Element] {
        guard !array.isEmpty, array.count <= Self.longestShared else { return array }
        return table.withLock { table in
            if let copy = table[array] { return copy }
            if table.count < limit { table[array] = array }
            return array
        }
    }
}

/// The tables of the arrays an incident holds: only arrays of the form's enumeration values.
/// The tables live as long as the process, so no text a person wrote (the learning talk's
/// participants can be names) is kept in them past the document it came from.
enum IncidentArrays {
    /// Forms of violence (`forms`).
    static let forms = SharedArrays<IncidentForm>(limit: 256)
    /// Consequences (`consequences`).
    static let consequences = SharedArrays<IncidentConsequence>(limit: 256)
}
