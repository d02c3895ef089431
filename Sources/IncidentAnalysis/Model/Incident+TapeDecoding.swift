public import ForebygCore

// The fast path of decoding (`JSONTapeDecodable` in ForebygCore): a log holds incidents by the
// million. Each reads the members of its synthesized `init(from:)` in declaration order, so
// values and errors are those of the `Codable` path. The small arrays of enumeration values are
// shared between equal incidents (`JSONRawValueTable`), which saves a heap block per array and
// incident.

extension Incident: JSONTapeDecodable {
    /// Decodes an incident from the members of one object.
    @usableFromInline
    package init(from object: inout JSONObjectReader) throws {
        self.init(
            id: try object.decode(ID.self, "id"),
            time: try object.decode(LocalDateTime.self, "time"),
            location: try object.decode(String.self, "location"),
            affected: try object.decode(AffectedStaff.self, "affected"),
            citizen: try object.decodeIfPresent(PseudonymousReference.self, "citizen"),
            category: try IncidentRawValues.categories.value(of: object.decodeStringValue("category")),
            nearMiss: try object.decode(Bool.self, "nearMiss"),
            forms: try object.decodeValues("forms", in: IncidentRawValues.forms),
            otherForm: try object.decodeIfPresent(String.self, "otherForm"),
            consequences: try object.decodeValues("consequences", in: IncidentRawValues.consequences),
            consequencesText: try object.decodeIfPresent(String.self, "consequencesText"),
            affectedLevel: try object.decode(Int.self, "affectedLevel"),
            useOfForce: try object.decode(Bool.self, "useOfForce"),
            followUp: try object.decodeIfPresent(FollowUp.self, "followUp"),
            description: try object.decodeIfPresent(String.self, "description"))
    }
}

extension AffectedStaff: JSONTapeDecodable {
    /// Decodes the employee hit from the members of one object.
    @usableFromInline
    package init(from object: inout JSONObjectReader) throws {
        self.init(
            staff: try object.decode(PseudonymousReference.self, "staff"),
            professionalGroup: try object.decode(String.self, "professionalGroup"))
    }
}

extension FollowUp: JSONTapeDecodable {
    /// Decodes a learning talk from the members of one object.
    @usableFromInline
    package init(from object: inout JSONObjectReader) throws {
        self.init(
            date: try object.decode(CalendarDate.self, "date"),
            participants: try object.decode([String].self, "participants"))
    }
}

// The three enumerations keep the standard library's `init(from:)`.
extension IncidentCategory: JSONRawValueDecodable {}
extension IncidentForm: JSONRawValueDecodable {}
extension IncidentConsequence: JSONRawValueDecodable {}

/// The raw-value tables of the three enumerations, made once.
private enum IncidentRawValues {
    static let categories = JSONRawValueTable<IncidentCategory>()
    static let forms = JSONRawValueTable<IncidentForm>()
    static let consequences = JSONRawValueTable<IncidentConsequence>()
}
