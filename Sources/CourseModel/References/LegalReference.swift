public import DocumentTree
public import ForebygCore

/// The tag of a ``LegalReference``'s identifier.
public enum LegalReferenceTag: Sendable {}

/// The identifier of a legal reference in the register, for example `bek-1406-2020`.
public typealias LegalReferenceID = Identifier<LegalReferenceTag>

/// One rule or guidance text the course material points to, with the dates that say whether it
/// still applies: a *bekendtgørelse* (executive order), an *AT-vejledning* (Arbejdstilsynet's
/// guidance), a set of national guidelines or another publication.
///
/// References are data, not text in code: a ``LegalReferenceRegister`` holds them, so a workplace
/// or an integrator can record a new rule without a new release of the library. Unknown facts
/// (a number, an address) are left `nil` rather than guessed.
public struct LegalReference: Codable, Sendable, Hashable, Identifiable {
    /// What kind of text a reference is.
    public enum Kind: String, CaseIterable, Codable, Sendable, Hashable {
        /// A *bekendtgørelse*: an executive order with the force of law.
        case executiveOrder
        /// An *AT-vejledning*: Arbejdstilsynet's guidance on how to meet the rules.
        case atGuidance
        /// National guidelines, for example Socialstyrelsen's *nationale retningslinjer*.
        case nationalGuideline
        /// Any other publication.
        case other
    }

    /// A stable id the register and the course material refer to, for example `bek-1406-2020`.
    public var id: LegalReferenceID
    /// The kind of text.
    public var kind: Kind
    /// The title as it is cited, for example "Bekendtgørelse om psykisk arbejdsmiljø".
    public var title: String
    /// The official number, for example `1406` or `D.4.3-4`, where known.
    public var number: String?
    /// The day it was issued (*udstedt*), where known.
    public var issued: CalendarDate?
    /// The first day it applies (*i kraft fra*), where known.
    public var inForceFrom: CalendarDate?
    /// The reference that replaces it, if any.
    public var supersededBy: LegalReferenceID?
    /// The first day it no longer applies, where known.
    public var supersededFrom: CalendarDate?
    /// Its web address, where known.
    public var url: String?
    /// A remark shown with it, for example which part of it was moved elsewhere.
    public var note: String?

    /// Creates a reference; every fact not given stays unknown.
    public init(
        id: LegalReferenceID, kind: Kind, title: String, number: String? = nil,
        issued: CalendarDate? = nil, inForceFrom: CalendarDate? = nil,
        supersededBy: LegalReferenceID? = nil, supersededFrom: CalendarDate? = nil,
        url: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.number = number
        self.issued = issued
        self.inForceFrom = inForceFrom
        self.supersededBy = supersededBy
        self.supersededFrom = supersededFrom
        self.url = url
        self.note = note
    }
}

extension LegalReference.Kind {
    /// The label a document or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        CourseModelStrings.for(language).referenceKinds(self)
    }
}
