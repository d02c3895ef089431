public import ForebygCore

extension LegalReferenceRegister: VersionedDocument {
    /// `legal-references`.
    public static let documentType = "legal-references"
    /// Version 1.
    public static let formatVersion = 1

    enum CodingKeys: String, CodingKey {
        case asOf, references
    }

    /// Decodes a register; `asOf` is optional, `references` required.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        asOf = try container.decodeIfPresent(CalendarDate.self, forKey: .asOf)
        references = try container.decode([LegalReference].self, forKey: .references)
    }
}
