public import ForebygCore

extension Proposal {
    /// The JSON Schema (draft 2020-12) of the `proposal` format, built from typed values; `forebyg schema
    /// --write-all` writes it to `Documentation/schemas/proposal.schema.json`.
    public static var schema: JSONSchema {
        .document(
            type: documentType, version: formatVersion,
            title: "Forslag til nye tiltag (proposal), version 1",
            description: nil,
            required: ["id"],
            properties: [
                .init("id", .string()),
                .init("title", .string()),
                .init("course", .object([
                    .init("workingGroup", .string()),
                    .init("storyMeeting", .integer(in: storyMeetingBounds)),
                    .init("theme", .string()),
                ])),
                .init("questionWording", .enumeration(of: Proposal.QuestionWording.self)),
                .init("answers", .array(of: .object([
                    .init("question", .integer(minimum: 1, maximum: 10)),
                    .init("paragraphs", .array(of: .string())),
                ], required: ["question", "paragraphs"]))),
                .init("lifecycle", .array(of: .object([
                    .init("stage", .enumeration(of: Proposal.Stage.self)),
                    .init("date", .ref(.date)),
                    .init("meeting", .enumeration(of: Proposal.DecisionMeeting.self)),
                    .init("note", .string()),
                ], required: ["stage"]))),
                .init("actions", .array(of: .object([
                    .init("id", .string()),
                    .init("what", .string()),
                    .init("responsible", .array(of: .string())),
                    .init("deadline", .ref(.date)),
                    .init("timing", .array(of: .ref(.timing))),
                ], required: ["id", "what"]))),
                .init("coordination", .object([
                    .init("withOtherWorkingGroups", .boolean),
                    .init("withCommittee", .boolean),
                    .init("responsible", .array(of: .string())),
                ], required: ["withOtherWorkingGroups", "withCommittee", "responsible"])),
                .init("evaluation", .object([
                    .init("when", .ref(.timing)),
                    .init("how", .string()),
                    .init("responsible", .array(of: .string())),
                ], required: ["when", "how"])),
            ])
    }
}
