public import ForebygCore

extension ResidentConference {
    /// The JSON Schema (draft 2020-12) of the `resident-conference` format, built from typed values; `forebyg schema
    /// --write-all` writes it to `Documentation/schemas/resident-conference.schema.json`.
    public static var schema: JSONSchema {
        .document(
            type: documentType, version: formatVersion,
            title: "Beboerkonference (resident conference) record",
            description: "One resident conference: agenda, participants and roles, evaluation of the previous conference's actions, stories, understanding and agreed actions.",
            required: ["resident"],
            properties: [
                .init("workplace", .string()),
                .init("occasion", .enumeration(of: ConferenceOccasion.self)),
                .init("date", .ref(.date)),
                .init("resident", .string().described("Pseudonymous reference; empty on a blank form.")),
                .init("residentChosenOn", .ref(.date)),
                .init("challenges", .ref(.entries)),
                .init("agenda", .ref(.agenda)),
                .init("localRules", .ref(.entries)),
                .init("participants", .array(of: .object([
                    .init("person", .string()),
                    .init("role", .enumeration(of: ConferenceRole.self)),
                    .init("profession", .string()),
                ], required: ["person", "role"]))),
                .init("previousConference", .ref(.date)),
                .init("evaluations", .array(of: .object([
                    .init("actionID", .string()),
                    .init("action", .string()),
                    .init("wentWell", .string()),
                    .init("doDifferently", .string()),
                ], required: ["actionID", "action"]))),
                .init("stories", .array(of: .object([
                    .init("narrator", .string()),
                    .init("story", .ref(.entries)),
                    .init("reflections", .ref(.entries)),
                ], required: ["narrator", "story"]))),
                .init("understanding", .ref(.entries)),
                .init("agreedActions", .array(of: .object([
                    .init("id", .string()),
                    .init("action", .string()),
                    .init("responsible", .array(of: .string())),
                    .init("frequency", .string()),
                    .init("starts", .ref(.date)),
                    .init("documentedBy", .string()),
                ], required: ["id", "action", "responsible"]))),
                .init("nextConference", .ref(.date)),
            ])
    }
}
