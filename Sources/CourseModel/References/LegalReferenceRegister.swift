public import ForebygCore

/// The legal references and guidance the course material cites, with their dates: which rules
/// and vejledninger apply, and which have been replaced by which, from when.
///
/// A register is a `VersionedDocument` of type `legal-references`, so the references are data
/// that can be updated without a new release: ``builtIn`` holds what the library knows, and an
/// integrator can copy its JSON, record a new rule and pass the result to
/// ``PackageIntroduction/document(in:references:)``.
public struct LegalReferenceRegister: Hashable, Sendable, Codable {
    /// The day the statuses are stated for; `nil` counts every change the register records.
    public var asOf: CalendarDate?
    /// The references, in the order they are listed.
    public var references: [LegalReference]

    /// Creates a register.
    public init(asOf: CalendarDate? = nil, references: [LegalReference]) {
        self.asOf = asOf
        self.references = references
    }

    /// The reference with the given id (the first, if ids repeat).
    public func reference(_ id: LegalReferenceID) -> LegalReference? {
        references.first { $0.id == id }
    }

    /// The status of the reference with the given id on the given day (the register's own
    /// ``asOf`` when omitted; `nil` counts every recorded change), or `nil` for an unknown id.
    public func status(of id: LegalReferenceID, on date: CalendarDate? = nil) -> LegalReferenceStatus? {
        reference(id).map { status(of: $0, on: date ?? asOf) }
    }

    /// The status of a reference on a day: superseded from its `supersededFrom` day (always,
    /// when that day is unknown), not yet in force before its `inForceFrom` day, otherwise in
    /// force. A `nil` day counts every recorded change.
    public func status(of reference: LegalReference, on date: CalendarDate?) -> LegalReferenceStatus {
        if reference.supersededBy != nil || reference.supersededFrom != nil,
            hasHappened(reference.supersededFrom, by: date)
        {
            return .superseded(by: reference.supersededBy.flatMap(self.reference), from: reference.supersededFrom)
        }
        if let start = reference.inForceFrom, !hasHappened(start, by: date) {
            return .notYetInForce(from: start)
        }
        return .inForce
    }

    /// Whether a change on `day` has taken effect by `date`: an unknown day or an unknown date counts as yes.
    private func hasHappened(_ day: CalendarDate?, by date: CalendarDate?) -> Bool {
        guard let day, let date else { return true }
        return day <= date
    }
}
