import ForebygCore

/// JSON Schema definitions shared by the ActionPlans formats' schemas.
extension JSONSchema.Definition {
    /// `interval`, as the ActionPlans formats write it.
    static let interval = JSONSchema.Definition("interval", .enumeration(of: Timing.Interval.self))

    /// `status`, as the ActionPlans formats write it.
    static let status = JSONSchema.Definition("status", .enumeration(of: MeasureStatus.self))

    /// `statusEntry`, as the ActionPlans formats write it.
    static let statusEntry = JSONSchema.Definition("statusEntry", .object([
        .init("date", .ref(.date)),
        .init("status", .ref(.status)),
        .init("note", .string()),
    ]))

    /// `timing`, as the ActionPlans formats write it.
    static let timing = JSONSchema.Definition("timing", .object([
        .init("kind", .enumeration(of: Timing.Kind.self)),
        .init("date", .ref(.date)),
        .init("start", .ref(.date)),
        .init("end", .ref(.date)),
        .init("interval", .ref(.interval)),
        .init("count", .integer(in: PlanRules.timingCountBounds)),
        .init("text", .string()),
    ], required: ["kind"]).requiring(when: "kind", [
        ("date", ["date"]),
        ("period", ["start", "end"]),
        ("every", ["interval"]),
        ("timesPer", ["count", "interval"]),
        ("text", ["text"]),
    ]))
}
