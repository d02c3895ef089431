public import ForebygCore

/// One registered incident: violence, a threat, harassment or a near miss (*nærvedepisode*).
///
/// The members answer the questions seed 002 asks of every registration: when, where, who was
/// hit (staff and professional group), which citizen, what kind and form, what consequences,
/// and how affected the employee is on a scale from 1 to 10. People are referred to by
/// `PseudonymousReference` only.
public struct Incident: Codable, Sendable, Hashable {
    /// The identifier of incidents, unique within a log (for example the registration number).
    public typealias ID = Identifier<Incident>

    /// The registration's identifier, unique within its log.
    public var id: ID
    /// When it happened, in the workplace's local time.
    public var time: LocalDateTime
    /// Where it happened, in the workplace's own words (for example "Fællesstue" or "Bolig 4").
    public var location: String
    /// The employee who was hit.
    public var affected: AffectedStaff
    /// The citizen involved, if any.
    public var citizen: PseudonymousReference?
    /// The kind of incident.
    public var category: IncidentCategory
    /// Whether it was a near miss (*nærvedepisode*): it could have led to harm but did not.
    public var nearMiss: Bool
    /// The forms the incident took (threat, blow, scratch, …); may be empty.
    public var forms: [IncidentForm]
    /// What the ``IncidentForm/other`` form was, in the registrant's words.
    public var otherForm: String?
    /// The consequences for the employee, as ticked on the form; may be empty.
    public var consequences: [IncidentConsequence]
    /// The consequences in the registrant's words.
    public var consequencesText: String?
    /// How affected the employee is by the incident, from 1 (hardly) to 10 (very much), as the
    /// employee marks it (seed 002).
    public var affectedLevel: Int
    /// Whether force was used (*magtanvendelse*), which the workplace must also report separately.
    public var useOfForce: Bool
    /// The learning talk after the incident, once it has been held.
    public var followUp: FollowUp?
    /// What happened, in the registrant's words.
    public var description: String?

    /// Creates an incident.
    public init(
        id: ID,
        time: LocalDateTime,
        location: String,
        affected: AffectedStaff,
        citizen: PseudonymousReference? = nil,
        category: IncidentCategory,
        nearMiss: Bool = false,
        forms: [IncidentForm] = [],
        otherForm: String? = nil,
        consequences: [IncidentConsequence] = [],
        consequencesText: String? = nil,
        affectedLevel: Int,
        useOfForce: Bool = false,
        followUp: FollowUp? = nil,
        description: String? = nil
    ) {
        self.id = id
        self.time = time
        self.location = location
        self.affected = affected
        self.citizen = citizen
        self.category = category
        self.nearMiss = nearMiss
        self.forms = forms
        self.otherForm = otherForm
        self.consequences = consequences
        self.consequencesText = consequencesText
        self.affectedLevel = affectedLevel
        self.useOfForce = useOfForce
        self.followUp = followUp
        self.description = description
    }
}
