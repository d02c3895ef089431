public import ForebygCore

extension Mestringsskema {
    /// The JSON Schema (draft 2020-12) of the `mestringsskema` format, built from typed values; `forebyg schema
    /// --write-all` writes it to `Documentation/schemas/mestringsskema.schema.json`.
    public static var schema: JSONSchema {
        .document(
            type: documentType, version: formatVersion,
            title: "Mestringsskema (mestringsskema, version 1)",
            description: "A citizen's Mestringsskema: dated revisions of the five coping levels, the daily level log and optionally BVC scorings. Members not defined here are ignored when read.",
            required: ["citizen", "revisions", "log"],
            properties: [
                .init("citizen", .ref(.pseudonym)),
                .init("revisions", .array(of: .ref(.revision), minItems: 1)),
                .init("log", .array(of: .ref(.entry))),
                .init("bvcAssessments", .array(of: .ref(.assessment))),
                .init("bvcConfiguration", .ref(.configuration).described("BVC settings as in bvc-series: shiftHours, bands, activeFromScore; every member optional.")),
                .init("reviewIntervalDays", .integer(in: Mestringsskema.reviewIntervalDaysBounds)),
            ])
    }
}

extension JSONSchema.Definition {
    /// `entry` in the `mestringsskema` schema.
    fileprivate static let entry = JSONSchema.Definition("entry", .object([
        .init("date", .ref(.date)),
        .init("level", .ref(.level)),
        .init("staff", .ref(.pseudonym)),
        .init("note", .string()),
    ], required: ["date", "level"]))

    /// `level` in the `mestringsskema` schema.
    fileprivate static let level = JSONSchema.Definition("level", .integer(minimum: 1, maximum: 5).described("1 and 2 red (presset), 3 yellow (habitual state), 4 and 5 green."))

    /// `levelDescription` in the `mestringsskema` schema.
    fileprivate static let levelDescription = JSONSchema.Definition("levelDescription", .object([
        .init("level", .ref(.level)),
        .init("behaviour", .string()),
        .init("state", .string()),
        .init("citizenActions", .string()),
        .init("staffActions", .string()),
    ], required: ["level", "behaviour", "state", "citizenActions", "staffActions"]))

    /// `revision` in the `mestringsskema` schema.
    fileprivate static let revision = JSONSchema.Definition("revision", .object([
        .init("date", .ref(.date)),
        .init("staff", .ref(.pseudonym)),
        .init("levels", .array(of: .ref(.levelDescription))),
        .init("changes", .string()),
    ], required: ["date", "staff", "levels"]))
}
