public import ForebygCore

extension IncidentLog {
    /// The JSON Schema (draft 2020-12) of the `incident-log` format, built from typed values; `forebyg schema
    /// --write-all` writes it to `Documentation/schemas/incident-log.schema.json`.
    public static var schema: JSONSchema {
        .document(
            type: documentType, version: formatVersion,
            title: "Incident log (incident-log), version 1",
            description: "A workplace's registered incidents (violence, threats, harassment, near misses) with the period to analyse. Members not listed here are ignored by readers.",
            required: ["workplace", "analysisDate", "period", "incidents"],
            properties: [
                .init("workplace", .string(minLength: 1)),
                .init("analysisDate", .ref(.date)),
                .init("period", .object([
                    .init("start", .ref(.date)),
                    .init("end", .ref(.date)),
                ], required: ["start", "end"])),
                .init("locations", .array(of: .string(minLength: 1))),
                .init("shifts", .array(of: .object([
                    .init("name", .string(minLength: 1)),
                    .init("start", .string(pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$")),
                ], required: ["name", "start"]), minItems: 1)),
                .init("parameters", .object([
                    .init("nearMissShareThreshold", .number(in: AnalysisParameters.nearMissShareBounds)),
                    .init("repeatCount", .integer(in: AnalysisParameters.repeatCountBounds)),
                    .init("repeatWindowDays", .integer(in: AnalysisParameters.repeatWindowDaysBounds)),
                    .init("followUpDays", .integer(in: AnalysisParameters.followUpDaysBounds)),
                ])),
                .init("incidents", .array(of: .ref(.incident))),
            ])
    }
}

extension JSONSchema.Definition {
    /// `incident` in the `incident-log` schema.
    fileprivate static let incident = JSONSchema.Definition("incident", .object([
        .init("id", .string(minLength: 1)),
        .init("time", .string(pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]$")),
        .init("location", .string(minLength: 1)),
        .init("affected", .object([
            .init("staff", .string(minLength: 1)),
            .init("professionalGroup", .string()),
        ], required: ["staff", "professionalGroup"])),
        .init("citizen", .string(minLength: 1)),
        .init("category", .enumeration(of: IncidentCategory.self)),
        .init("nearMiss", .boolean),
        .init("forms", .array(of: .enumeration(of: IncidentForm.self))),
        .init("otherForm", .string()),
        .init("consequences", .array(of: .enumeration(of: IncidentConsequence.self))),
        .init("consequencesText", .string()),
        .init("affectedLevel", .integer(in: Incident.affectedLevelBounds)),
        .init("useOfForce", .boolean),
        .init("followUp", .object([
            .init("date", .ref(.date)),
            .init("participants", .array(of: .string())),
        ], required: ["date", "participants"])),
        .init("description", .string()),
    ], required: ["id", "time", "location", "affected", "category", "nearMiss", "forms", "consequences", "affectedLevel", "useOfForce"]))
}
