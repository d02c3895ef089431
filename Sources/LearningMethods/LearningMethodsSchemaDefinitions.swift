import ForebygCore

/// JSON Schema definitions shared by the LearningMethods formats' schemas.
extension JSONSchema.Definition {
    /// `agenda`, as the LearningMethods formats write it.
    static let agenda = JSONSchema.Definition("agenda", .object([
        .init("lengthMinutes", .integer(in: MeetingAgenda.lengthBounds)),
        .init("items", .array(of: .object([
            .init("title", .string()),
            .init("minutes", .integer(in: MeetingAgenda.itemMinutesBounds)),
            .init("description", .string()),
            .init("questions", .ref(.entries)),
        ], required: ["title"]))),
    ], required: ["lengthMinutes", "items"]))

    /// `entries`, as the LearningMethods formats write it.
    static let entries = JSONSchema.Definition("entries", .array(of: .string()))
}
