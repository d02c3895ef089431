public import ForebygCore

extension WorkplaceActionPlan {
    /// The JSON Schema (draft 2020-12) of the `workplace-action-plan` format, built from typed values; `forebyg schema
    /// --write-all` writes it to `Documentation/schemas/workplace-action-plan.schema.json`.
    public static var schema: JSONSchema {
        .document(
            type: documentType, version: formatVersion,
            title: "Workplace action plan (handleplan), version 1",
            description: nil,
            required: ["rows"],
            properties: [
                .init("title", .string()),
                .init("workplace", .string()),
                .init("period", .ref(.period)),
                .init("authors", .array(of: .object([
                    .init("role", .enumeration(of: PlanAuthor.Role.self)),
                    .init("name", .string()),
                ], required: ["role"]))),
                .init("adopted", .ref(.date)),
                .init("nextRevision", .ref(.date)),
                .init("asOf", .ref(.date)),
                .init("rows", .array(of: .ref(.row))),
            ])
    }
}

extension JSONSchema.Definition {
    /// `period` in the `workplace-action-plan` schema.
    fileprivate static let period = JSONSchema.Definition("period", .object([
        .init("start", .ref(.date)),
        .init("end", .ref(.date)),
    ], required: ["start", "end"]))

    /// `row` in the `workplace-action-plan` schema.
    fileprivate static let row = JSONSchema.Definition("row", .object([
        .init("id", .string()),
        .init("focusArea", .string()),
        .init("whatHowWhen", .string()),
        .init("timing", .array(of: .ref(.timing))),
        .init("deadline", .ref(.date)),
        .init("responsible", .array(of: .string())),
        .init("responsibilities", .string()),
        .init("statusHistory", .array(of: .ref(.statusEntry))),
        .init("goal", .string()),
        .init("proposal", .string()),
    ], required: ["id", "focusArea", "whatHowWhen", "goal"]))
}
