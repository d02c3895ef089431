public import ForebygCore

extension LA2Plan {
    /// The JSON Schema (draft 2020-12) of the `la2-plan` format, built from typed values; `forebyg schema
    /// --write-all` writes it to `Documentation/schemas/la2-plan.schema.json`.
    public static var schema: JSONSchema {
        .document(
            type: documentType, version: formatVersion,
            title: "LA2 plan (trivselsplan, tryghedsplan or læringsplan)",
            description: "One LA2 plan for one citizen, in the citizen's or the professionals' version. The content member matching kind holds the plan; a plan without content is a blank form.",
            required: ["kind", "audience", "citizen"],
            properties: [
                .init("kind", .enumeration(of: LA2PlanKind.self)),
                .init("audience", .enumeration(of: LA2Audience.self)),
                .init("citizen", .string().described("Pseudonymous reference; empty on a blank form.")),
                .init("workplace", .string()),
                .init("staffMember", .string()),
                .init("revisions", .array(of: .object([
                    .init("date", .ref(.date)),
                    .init("by", .string()),
                    .init("note", .string()),
                ], required: ["date"]))),
                .init("wellBeing", .object([
                    .init("signsOfWellBeing", .ref(.entries)),
                    .init("resources", .ref(.entries)),
                    .init("signsOfStrain", .ref(.entries)),
                    .init("warningSigns", .ref(.entries)),
                    .init("ownCoping", .ref(.entries)),
                    .init("staffSupport", .ref(.entries)),
                ])),
                .init("safety", .object([
                    .init("triggers", .ref(.entries)),
                    .init("before", .ref(.phase)),
                    .init("during", .ref(.phase)),
                    .init("after", .ref(.phase)),
                ])),
                .init("learning", .object([
                    .init("episodeDate", .ref(.date)),
                    .init("leadUp", .ref(.entries)),
                    .init("episode", .ref(.entries)),
                    .init("signsOfRaisedStrain", .ref(.entries)),
                    .init("answers", .array(of: .object([
                        .init("question", .integer(in: LA2Plan.questionBounds)),
                        .init("answer", .ref(.entries)),
                    ], required: ["question", "answer"]))),
                    .init("staffWillDoDifferently", .string()),
                    .init("citizenWillTry", .string()),
                    .init("carriedInto", .array(of: .object([
                        .init("plan", .enumeration(cases: [LA2PlanKind.wellBeing, .safety])),
                        .init("section", .enumeration(of: LA2Section.self)),
                        .init("phase", .enumeration(of: EpisodePhase.self)),
                        .init("text", .string()),
                        .init("carriedOn", .ref(.date)),
                    ], required: ["plan", "section", "text"]))),
                ])),
            ])
    }
}

extension JSONSchema.Definition {
    /// `phase` in the `la2-plan` schema.
    fileprivate static let phase = JSONSchema.Definition("phase", .object([
        .init("behaviour", .ref(.entries)),
        .init("feelings", .ref(.entries)),
        .init("coping", .ref(.entries)),
        .init("staffSupport", .ref(.entries)),
    ]))
}
