public import ForebygCore

/// The tag of identifiers that name an action agreed at a beboerkonference.
public enum AgreedActionTag: Sendable {}

/// The identifier of an action agreed at a resident conference, unique within the record.
public typealias AgreedActionID = Identifier<AgreedActionTag>

/// An action agreed at a beboerkonference, to be tried in the coming period.
///
/// The seed: "Det er vigtigt at aftale, hvem der skal gøre hvad, hvor tit, hvornår tiltagene
/// sættes i værk, og hvem der dokumenterer." The next conference evaluates the action by its
/// ``id`` (see ``ActionEvaluation``).
public struct AgreedAction: Codable, Hashable, Sendable {
    /// A stable id, so the next conference can evaluate the action.
    public var id: AgreedActionID
    /// What is to be done.
    public var action: String
    /// Who does it, by pseudonym or role; at least one.
    public var responsible: [PseudonymousReference]
    /// How often, for example "Hver morgen".
    public var frequency: String?
    /// When the action starts.
    public var starts: CalendarDate?
    /// Who documents it, for example the resident's contact person.
    public var documentedBy: PseudonymousReference?

    /// Creates an agreed action.
    public init(
        id: AgreedActionID, action: String, responsible: [PseudonymousReference],
        frequency: String? = nil, starts: CalendarDate? = nil, documentedBy: PseudonymousReference? = nil
    ) {
        self.id = id
        self.action = action
        self.responsible = responsible
        self.frequency = frequency
        self.starts = starts
        self.documentedBy = documentedBy
    }
}
