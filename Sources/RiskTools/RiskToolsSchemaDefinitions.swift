import ForebygCore

/// JSON Schema definitions shared by the RiskTools formats' schemas.
extension JSONSchema.Definition {
    /// `answer`, as the RiskTools formats write it.
    static let answer = JSONSchema.Definition("answer", .enumeration(values: [.integer(0), .integer(1), .bool(false), .bool(true)]))

    /// `answers`, as the RiskTools formats write it.
    static let answers = JSONSchema.Definition("answers", .object([
        .init("confusion", .ref(.answer)),
        .init("irritability", .ref(.answer)),
        .init("boisterousness", .ref(.answer)),
        .init("verbalThreats", .ref(.answer)),
        .init("physicalThreats", .ref(.answer)),
        .init("attackingObjects", .ref(.answer)),
    ], required: ["confusion", "irritability", "boisterousness", "verbalThreats", "physicalThreats", "attackingObjects"]).closed())

    /// `assessment`, as the RiskTools formats write it.
    static let assessment = JSONSchema.Definition("assessment", .object([
        .init("citizen", .ref(.pseudonym)),
        .init("time", .ref(.dateTime)),
        .init("shift", .ref(.shift)),
        .init("assessor", .ref(.pseudonym)),
        .init("answers", .ref(.answers)),
    ], required: ["citizen", "time", "shift", "assessor", "answers"]))

    /// `shift`, as the RiskTools formats write it.
    static let shift = JSONSchema.Definition("shift", .enumeration(of: BVCShift.self))

    /// `configuration`, the BVC settings (shift hours, bands, BVC-aktiv limit; every member
    /// optional), as the BVC series and the Mestringsskema carry them.
    static let configuration = JSONSchema.Definition("configuration", .object([
        .init("shiftHours", .object([
            .init("day", .ref(.clock)),
            .init("evening", .ref(.clock)),
            .init("night", .ref(.clock)),
        ], required: ["day", "evening", "night"])),
        .init("bands", .object([
            .init("moderateFrom", .integer(in: BVCBands.moderateFromBounds)),
            .init("veryHighFrom", .integer(in: BVCBands.veryHighFromBounds)),
        ], required: ["moderateFrom", "veryHighFrom"])),
        .init("activeFromScore", .integer(in: BVCConfiguration.activeFromScoreBounds)),
    ]))
}
