public import ForebygCore

extension EpisodeReflection {
    /// The JSON Schema (draft 2020-12) of the `episode-reflection` format, built from typed values; `forebyg schema
    /// --write-all` writes it to `Documentation/schemas/episode-reflection.schema.json`.
    public static var schema: JSONSchema {
        .document(
            type: documentType, version: formatVersion,
            title: "Episode reflection (episode-reflection, version 1)",
            description: "A reflection on an episode through the five phases of the affektudbrudsmodel, with the før/under/efter model for use of force and an optional affect curve. Members not defined here are ignored when read.",
            required: ["citizen", "episodeDate", "reflectionDate", "participants", "citizenTookPart", "phases"],
            properties: [
                .init("citizen", .ref(.pseudonym)),
                .init("episodeDate", .ref(.date)),
                .init("reflectionDate", .ref(.date)),
                .init("participants", .array(of: .ref(.pseudonym))),
                .init("citizenTookPart", .boolean),
                .init("phases", .array(of: .ref(.phaseReflection))),
                .init("restraint", .ref(.restraint)),
                .init("affectCurve", .ref(.affectCurve)),
                .init("minimumDaysAfterEpisode", .integer(in: EpisodeReflection.minimumDaysBounds)),
            ])
    }
}

extension JSONSchema.Definition {
    /// `affectCurve` in the `episode-reflection` schema.
    fileprivate static let affectCurve = JSONSchema.Definition("affectCurve", .object([
        .init("chaosLine", .ref(.scale)),
        .init("points", .array(of: .object([
            .init("time", .ref(.dateTime)),
            .init("intensity", .ref(.scale)),
        ], required: ["time", "intensity"]))),
    ], required: ["chaosLine", "points"]))

    /// `phaseReflection` in the `episode-reflection` schema.
    fileprivate static let phaseReflection = JSONSchema.Definition("phaseReflection", .object([
        .init("phase", .enumeration(of: AffectPhase.self)),
        .init("answers", .array(of: .object([
            .init("question", .integer(in: EpisodeReflection.questionBounds)),
            .init("answer", .string()),
        ], required: ["question", "answer"]))),
    ], required: ["phase", "answers"]))

    /// `restraint` in the `episode-reflection` schema.
    fileprivate static let restraint = JSONSchema.Definition("restraint", .object([
        .init("phases", .array(of: .object([
            .init("phase", .enumeration(of: RestraintReflection.Phase.self)),
            .init("whatHappened", .string()),
            .init("assessment", .string()),
        ], required: ["phase"]))),
        .init("changesToPractice", .string()),
    ], required: ["phases"]))

    /// `scale` in the `episode-reflection` schema.
    fileprivate static let scale = JSONSchema.Definition("scale", .number(in: AffectCurve.intensityBounds))
}
