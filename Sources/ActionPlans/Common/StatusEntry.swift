public import DocumentTree
public import ForebygCore

/// One entry of a measure's status history: what had happened, and when that was written.
///
/// Earlier entries are kept when a new one is added, so a plan shows how a measure developed.
/// The seeds' example plans do not always date their status (seed 003) or use placeholders
/// such as "d. xx.xx" (seed 001), so the date is optional; undated entries are shown but do not
/// take part in the date queries.
public struct StatusEntry: Hashable, Sendable, Codable {
    /// The day the status was recorded, if known.
    public var date: CalendarDate?
    /// The status in the shared vocabulary, if the entry classifies it.
    public var status: MeasureStatus?
    /// The status in the plan's own words, verbatim, for example "Implementeret, har dog forsat særligt fokus."
    public var note: String?

    /// Creates a status entry; give a status, a note or both.
    public init(date: CalendarDate? = nil, status: MeasureStatus? = nil, note: String? = nil) {
        self.date = date
        self.status = status
        self.note = note
    }

    /// The entry as table text: the note when there is one, else the status's label.
    public func text(in language: Language) -> String {
        note ?? status?.label(in: language) ?? ""
    }
}
