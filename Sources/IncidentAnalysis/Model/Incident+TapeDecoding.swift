package import ForebygCore

// The fast path of decoding (`JSONTapeDecodable` in ForebygCore): a log holds incidents by the
// million. Each reads the members of its synthesized `init(from:)` in declaration order, so
// values and errors are those of the `Codable` path. The small arrays are shared between
// equal incidents (`SharedArrays`), which saves a heap block per array and incident.

extension Incident: JSONTapeDecodable {
    /// Decodes an incident from the members of one object.
    package init(from object: inout JSONObjectReader) throws {
        self.init(
            id: try object.decode(ID.self, "id"),
            time: try object.decode(LocalDateTime.self, "time"),
            location: try object.decode(String.self, "location"),
            affected: try object.decode(AffectedStaff.self, "affected"),
            citizen: try object.decodeIfPresent(PseudonymousReference.self, "citizen"),
            category: try object.decodeStringValue("category").rawValue(IncidentCategory.self),
            nearMiss: try object.decode(Bool.self, "nearMiss"),
            forms: IncidentArrays.forms.shared(try object.decodeStringValues("forms").map { try $0.rawValue(IncidentForm.self) }),
            otherForm: try object.decodeIfPresent(String.self, "otherForm"),
            consequences: IncidentArrays.consequences.shared(
                try object.decodeStringValues("consequences").map { try $0.rawValue(IncidentConsequence.self) }),
            consequencesText: try object.decodeIfPresent(String.self, "consequencesText"),
            affectedLevel: try object.decode(Int.self, "affectedLevel"),
            useOfForce: try object.decode(Bool.self, "useOfForce"),
            followUp: try object.decodeIfPresent(FollowUp.self, "followUp"),
            description: try object.decodeIfPresent(String.self, "description"))
    }
}

extension AffectedStaff: JSONTapeDecodable {
    /// Decodes the employee hit from the members of one object.
    package init(from object: inout JSONObjectReader) throws {
        self.init(
            staff: try object.decode(PseudonymousReference.self, "staff"),
            professionalGroup: try object.decode(String.self, "professionalGroup"))
    }
}

extension FollowUp: JSONTapeDecodable {
    /// Decodes a learning talk from the members of one object.
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

extension JSONStringValue {
    /// The enumeration value whose raw value is the text, or the standard library's error.
    /// Written here, not in ForebygCore, so that it is compiled for the three enumerations
    /// (see ``JSONStringValue``).
    fileprivate func rawValue<Value: JSONRawValueDecodable>(_ type: Value.Type) throws -> Value {
        guard let value = Value(rawValue: text) else { throw invalid(type) }
        return value
    }
}
