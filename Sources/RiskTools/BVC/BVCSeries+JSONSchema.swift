public import ForebygCore

extension BVCSeries {
    /// The JSON Schema (draft 2020-12) of the `bvc-series` format, built from typed values; `forebyg schema
    /// --write-all` writes it to `Documentation/schemas/bvc-series.schema.json`.
    public static var schema: JSONSchema {
        .document(
            type: documentType, version: formatVersion,
            title: "BVC series (bvc-series, version 1)",
            description: "A citizen's Brøset Violence Checklist scorings with their schedule and the workplace's settings. Members not defined here are ignored when read, except inside answers, where only the six items are allowed.",
            required: ["citizen", "assessments"],
            properties: [
                .init("citizen", .ref(.pseudonym)),
                .init("schedule", .ref(.schedule)),
                .init("configuration", .ref(.configuration)),
                .init("assessments", .array(of: .ref(.assessment))),
            ])
    }
}

extension JSONSchema.Definition {
    /// `schedule` in the `bvc-series` schema.
    fileprivate static let schedule = JSONSchema.Definition("schedule", .object([
        .init("start", .ref(.date)),
        .init("months", .integer(in: BVCScoringSchedule.monthsBounds)),
        .init("shifts", .array(of: .ref(.shift), minItems: 1, uniqueItems: true)),
    ], required: ["start"]))
}
