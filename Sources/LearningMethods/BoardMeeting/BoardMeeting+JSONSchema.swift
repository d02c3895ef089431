public import ForebygCore

extension BoardMeeting {
    /// The JSON Schema (draft 2020-12) of the `board-meeting` format, built from typed values; `forebyg schema
    /// --write-all` writes it to `Documentation/schemas/board-meeting.schema.json`.
    public static var schema: JSONSchema {
        .document(
            type: documentType, version: formatVersion,
            title: "Tavlemøde (board meeting)",
            description: "One board meeting with the board as it stands after it: goals, status, figures, improvement cards and agreements.",
            required: ["focusArea"],
            properties: [
                .init("workplace", .string()),
                .init("focusArea", .string()),
                .init("date", .ref(.date)),
                .init("facilitator", .string()),
                .init("agenda", .ref(.agenda)),
                .init("localRules", .ref(.entries)),
                .init("goals", .ref(.entries)),
                .init("status", .ref(.entries)),
                .init("measures", .array(of: .object([
                    .init("name", .string(pattern: "^[a-z0-9-]+$")),
                    .init("title", .string()),
                    .init("unit", .string()),
                    .init("style", .enumeration(of: BoardMeasure.Style.self)),
                    .init("points", .array(of: .object([
                        .init("period", .string()),
                        .init("value", .number(in: BoardMeeting.figureBounds)),
                    ], required: ["period", "value"]))),
                    .init("target", .number(in: BoardMeeting.figureBounds)),
                    .init("note", .string()),
                ], required: ["name", "title", "unit", "style", "points"]))),
                .init("cards", .array(of: .object([
                    .init("id", .string()),
                    .init("proposal", .string()),
                    .init("proposedBy", .string()),
                    .init("state", .enumeration(of: CardState.self)),
                    .init("deadline", .ref(.date)),
                    .init("responsible", .string()),
                    .init("forum", .string()),
                    .init("followUp", .ref(.entries)),
                ], required: ["id", "proposal"]))),
                .init("agreements", .array(of: .object([
                    .init("what", .string()),
                    .init("responsible", .string()),
                ], required: ["what", "responsible"]))),
                .init("nextMeeting", .ref(.date)),
                .init("nextFacilitator", .string()),
            ])
    }
}
