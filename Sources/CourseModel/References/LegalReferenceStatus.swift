public import ForebygCore

/// Whether a ``LegalReference`` applies on a given day, by its register's dates.
public enum LegalReferenceStatus: Hashable, Sendable {
    /// It applies (*gældende*).
    case inForce
    /// It does not apply yet; it applies from the given day.
    case notYetInForce(from: CalendarDate)
    /// It no longer applies: replaced by the given reference (`nil` when it names none or the
    /// register does not hold it), from the given day (`nil` when the day is unknown).
    case superseded(by: LegalReference?, from: CalendarDate?)

    /// Whether the reference no longer applies.
    public var isSuperseded: Bool {
        if case .superseded = self { true } else { false }
    }
}
