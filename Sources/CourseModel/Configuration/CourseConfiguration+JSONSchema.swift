public import ForebygCore

extension CourseConfiguration {
    /// The JSON Schema (draft 2020-12) of the `course-configuration` format, built from typed values; `forebyg schema
    /// --write-all` writes it to `Documentation/schemas/course-configuration.schema.json`.
    public static var schema: JSONSchema {
        .document(
            type: documentType, version: formatVersion,
            title: "Course configuration",
            description: "How one workplace runs Arbejdstilsynet's prevention course: start date, people, implementation group, working groups, story meetings.",
            required: ["startDate", "people", "topManager", "implementationGroup", "workingGroups"],
            properties: [
                .init("workplace", .string().described("The workplace's name.")),
                .init("startDate", .ref(.date).described("The first day of phase 1.")),
                .init("people", .array(of: .ref(.person))),
                .init("topManager", .ref(.personId).described("The top manager (øverste leder).")),
                .init("implementationGroup", .array(of: .object([
                    .init("person", .ref(.personId)),
                    .init("positions", .array(of: .enumeration(of: ImplementationGroupPosition.self))),
                ], required: ["person", "positions"]))),
                .init("workingGroups", .array(of: .object([
                    .init("id", .string(minLength: 1)),
                    .init("name", .string()),
                    .init("members", .array(of: .ref(.personId))),
                    .init("facilitators", .array(of: .ref(.personId))),
                    .init("scribe", .ref(.personId)),
                ], required: ["id", "name", "members", "facilitators"]))),
                .init("storyMeetingCount", .integer(in: storyMeetingCountBounds).described("Story meetings per working group; 6 when absent.")),
                .init("intervalDays", .integer(in: intervalDaysBounds).described("Days between story meetings; 14 when absent.")),
            ])
    }
}

extension JSONSchema.Definition {
    /// `person` in the `course-configuration` schema.
    fileprivate static let person = JSONSchema.Definition("person", .object([
        .init("id", .ref(.personId)),
        .init("displayName", .string()),
        .init("title", .string()),
    ], required: ["id"]))

    /// `personId` in the `course-configuration` schema.
    fileprivate static let personId = JSONSchema.Definition("personId", .string(minLength: 1))
}
