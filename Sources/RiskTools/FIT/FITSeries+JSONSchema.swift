public import ForebygCore

extension FITSeries {
    /// The JSON Schema (draft 2020-12) of the `fit-series` format, built from typed values; `forebyg schema
    /// --write-all` writes it to `Documentation/schemas/fit-series.schema.json`.
    public static var schema: JSONSchema {
        .document(
            type: documentType, version: formatVersion,
            title: "FIT series (fit-series, version 1)",
            description: "A citizen's FIT sessions: ORS marks before and SRS marks after each session, 0 to 10 per item with decimals. Members not defined here are ignored when read.",
            required: ["citizen", "sessions"],
            properties: [
                .init("citizen", .ref(.pseudonym)),
                .init("population", .enumeration(of: FITPopulation.self)),
                .init("cutoffs", .object([
                    .init("orsAdult", .ref(.total)),
                    .init("orsChild", .ref(.total)),
                    .init("srsAlliance", .ref(.total)),
                ], required: ["orsAdult", "orsChild", "srsAlliance"])),
                .init("sessions", .array(of: .ref(.session))),
            ])
    }
}

extension JSONSchema.Definition {
    /// `rating` in the `fit-series` schema.
    fileprivate static let rating = JSONSchema.Definition("rating", .number(in: FITRating.bounds).described("A mark on a 10 cm line, 0 to 10."))

    /// `session` in the `fit-series` schema.
    fileprivate static let session = JSONSchema.Definition("session", .object([
        .init("date", .ref(.date)),
        .init("staff", .ref(.pseudonym)),
        .init("ors", .object([
            .init("individual", .ref(.rating)),
            .init("closeRelationships", .ref(.rating)),
            .init("social", .ref(.rating)),
            .init("overall", .ref(.rating)),
        ], required: ["individual", "closeRelationships", "social", "overall"])),
        .init("srs", .object([
            .init("relationship", .ref(.rating)),
            .init("goalsAndTopics", .ref(.rating)),
            .init("approachOrMethod", .ref(.rating)),
            .init("overall", .ref(.rating)),
        ], required: ["relationship", "goalsAndTopics", "approachOrMethod", "overall"])),
        .init("note", .string()),
    ], required: ["date"]))

    /// `total` in the `fit-series` schema.
    fileprivate static let total = JSONSchema.Definition("total", .number(in: FITCutoffs.bounds))
}
