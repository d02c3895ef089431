public import ForebygCore

extension PracticeStory {
    /// The JSON Schema (draft 2020-12) of the `practice-story` format, built from typed values; `forebyg schema
    /// --write-all` writes it to `Documentation/schemas/practice-story.schema.json`.
    public static var schema: JSONSchema {
        .document(
            type: documentType, version: formatVersion,
            title: "Praksisfortælling (practice story)",
            description: "A written practice story: the story, the writer's reflections, the group's discussion, answers and proposals, linked to Forslag til nye tiltag by id.",
            required: ["writer"],
            properties: [
                .init("workplace", .string()),
                .init("workingGroup", .string()),
                .init("date", .string(pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
                .init("writer", .string().described("Pseudonymous reference; empty on a blank form.")),
                .init("theme", .string()),
                .init("story", .ref(.entries)),
                .init("reflections", .ref(.entries)),
                .init("discussion", .ref(.entries)),
                .init("answers", .array(of: .object([
                    .init("question", .integer(in: PracticeStory.questionBounds)),
                    .init("answer", .ref(.entries)),
                ], required: ["question", "answer"]))),
                .init("proposals", .array(of: .object([
                    .init("proposal", .string()),
                    .init("proposalID", .string(minLength: 1)),
                ], required: ["proposal"]))),
                .init("continuation", .enumeration(of: StoryContinuation.self)),
            ])
    }
}
