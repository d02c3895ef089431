public import ForebygCore

extension WellbeingGroupPlan {
    /// The JSON Schema (draft 2020-12) of the `wellbeing-group-plan` format, built from typed values; `forebyg schema
    /// --write-all` writes it to `Documentation/schemas/wellbeing-group-plan.schema.json`.
    public static var schema: JSONSchema {
        .document(
            type: documentType, version: formatVersion,
            title: "Trivselsgruppe plan, version 1",
            description: nil,
            required: ["members"],
            properties: [
                .init("title", .string()),
                .init("workplace", .string()),
                .init("start", .ref(.date)),
                .init("asOf", .ref(.date)),
                .init("members", .array(of: .object([
                    .init("name", .string()),
                    .init("title", .string()),
                    .init("roleAndResponsibility", .string()),
                ]))),
                .init("purpose", .array(of: .string())),
                .init("goals", .array(of: .string())),
                .init("successCriteria", .array(of: .string())),
                .init("activities", .array(of: .object([
                    .init("id", .string()),
                    .init("kind", .enumeration(of: WellbeingGroupPlan.Activity.Kind.self)),
                    .init("activity", .string()),
                    .init("description", .string()),
                    .init("targetGroup", .string()),
                    .init("timing", .array(of: .ref(.timing))),
                    .init("statusHistory", .array(of: .ref(.statusEntry))),
                    .init("deadline", .ref(.date)),
                    .init("deadlineNote", .string()),
                    .init("responsible", .array(of: .string())),
                    .init("responsibilities", .string()),
                ], required: ["id", "activity", "description"]))),
            ])
    }
}
