extension DiagnosticCode {
    /// The bytes are not JSON, or break one of the reader's rules.
    public static let inputInvalidJSON = DiagnosticCode(rawValue: "input.invalidJSON")
    /// The `type` member is missing or names a kind the reader does not know.
    public static let inputUnknownDocumentType = DiagnosticCode(rawValue: "input.unknownDocumentType")
    /// The `version` member is newer than the library, or not a version it reads.
    public static let inputUnsupportedVersion = DiagnosticCode(rawValue: "input.unsupportedVersion")
    /// A required member is missing.
    public static let inputMissingField = DiagnosticCode(rawValue: "input.missingField")
    /// A value has the wrong JSON type, for example text where a number belongs.
    public static let inputWrongType = DiagnosticCode(rawValue: "input.wrongType")
    /// A value has the right type but is not allowed, for example a date that does not exist.
    public static let inputInvalidValue = DiagnosticCode(rawValue: "input.invalidValue")
    /// A member the format does not know; it is ignored (a warning).
    public static let inputUnknownMember = DiagnosticCode(rawValue: "input.unknownMember")
    /// A number JSON cannot hold (NaN or infinity, built in code), so the value cannot be written.
    public static let outputNotEncodable = DiagnosticCode(rawValue: "output.notEncodable")
    /// A number outside its field's documented bounds, where the kind has no code of its own.
    public static let valueOutOfBounds = DiagnosticCode(rawValue: "value.outOfBounds")
    /// A number that is NaN or infinite (only a value built in code can hold one).
    public static let valueNotFinite = DiagnosticCode(rawValue: "value.notFinite")

    /// Every code ForebygCore reports.
    public static let allForebygCoreCodes: [DiagnosticCode] = [
        .inputInvalidJSON, .inputUnknownDocumentType, .inputUnsupportedVersion, .inputMissingField, .inputWrongType,
        .inputInvalidValue, .inputUnknownMember, .outputNotEncodable, .valueOutOfBounds, .valueNotFinite,
    ]
}
