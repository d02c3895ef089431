public import ForebygCore

extension CitizenActionPlan {
    /// The JSON Schema (draft 2020-12) of the `citizen-action-plan` format, built from typed values; `forebyg schema
    /// --write-all` writes it to `Documentation/schemas/citizen-action-plan.schema.json`.
    public static var schema: JSONSchema {
        .document(
            type: documentType, version: formatVersion,
            title: "Citizen action plan (handleplan for arbejdet med en borger), version 1",
            description: nil,
            required: ["citizen", "purposeAndBackground", "tracks"],
            properties: [
                .init("title", .string()),
                .init("citizen", .string().described("A pseudonymous reference, never a name.")),
                .init("workplace", .string()),
                .init("purposeAndBackground", .array(of: .string())),
                .init("improvementNotice", .object([
                    .init("issuedBy", .string()),
                    .init("date", .ref(.date)),
                    .init("summary", .string()),
                ], required: ["issuedBy"])),
                .init("start", .ref(.date)),
                .init("asOf", .ref(.date)),
                .init("tracksIntroduction", .string()),
                .init("tracks", .array(of: .object([
                    .init("id", .string()),
                    .init("title", .string()),
                    .init("description", .array(of: .string())),
                    .init("measuresHeading", .string()),
                    .init("measures", .array(of: .ref(.measure))),
                ], required: ["id", "title", "description", "measures"]))),
                .init("statusSnapshots", .array(of: .object([
                    .init("date", .ref(.date)),
                    .init("entries", .array(of: .object([
                        .init("measure", .string()),
                        .init("status", .ref(.status)),
                        .init("note", .string()),
                    ], required: ["measure", "status"]))),
                ], required: ["date", "entries"]))),
                .init("overallResponsible", .array(of: .string())),
                .init("followUp", .array(of: .string())),
                .init("nextEvaluation", .ref(.date)),
            ])
    }
}

extension JSONSchema.Definition {
    /// `measure` in the `citizen-action-plan` schema.
    fileprivate static let measure = JSONSchema.Definition("measure", .object([
        .init("id", .string()),
        .init("name", .string()),
        .init("description", .string()),
        .init("responsible", .array(of: .string())),
        .init("deadline", .ref(.date)),
    ], required: ["id"]).requiringAnyOf([.requiring(["name"]), .requiring(["description"])]))
}
