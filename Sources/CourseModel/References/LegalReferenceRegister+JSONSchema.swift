public import ForebygCore

extension LegalReferenceRegister {
    /// The JSON Schema (draft 2020-12) of the `legal-references` format, built from typed values; `forebyg schema
    /// --write-all` writes it to `Documentation/schemas/legal-references.schema.json`.
    public static var schema: JSONSchema {
        .document(
            type: documentType, version: formatVersion,
            title: "Legal references",
            description: "The rules and guidance the course material cites, with the dates that say which apply and which were replaced by which.",
            required: ["references"],
            properties: [
                .init("asOf", .ref(.date).described("The day the statuses are stated for; absent counts every recorded change.")),
                .init("references", .array(of: .ref(.legalReference))),
            ])
    }
}

extension JSONSchema.Definition {
    /// `reference` in the `legal-references` schema.
    fileprivate static let legalReference = JSONSchema.Definition("reference", .object([
        .init("id", .ref(.referenceId).described("Unique within the register, e.g. bek-1406-2020.")),
        .init("kind", .enumeration(of: LegalReference.Kind.self)),
        .init("title", .string(minLength: 1).described("The title as it is cited.")),
        .init("number", .string().described("The official number, e.g. 1406 or D.4.3-4.")),
        .init("issued", .ref(.date).described("The day it was issued.")),
        .init("inForceFrom", .ref(.date).described("The first day it applies.")),
        .init("supersededBy", .ref(.referenceId).described("The id of the reference that replaces it.")),
        .init("supersededFrom", .ref(.date).described("The first day it no longer applies.")),
        .init("url", .string().described("Its web address.")),
        .init("note", .string().described("A remark shown with it.")),
    ], required: ["id", "kind", "title"]))

    /// `referenceId` in the `legal-references` schema.
    fileprivate static let referenceId = JSONSchema.Definition("referenceId", .string(minLength: 1))
}
