extension LegalReferenceRegister {
    /// The JSON Schema (draft 2020-12) of the `legal-references` format; also in
    /// Documentation/schemas/legal-references.schema.json.
    public static let jsonSchema = """
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://forebyg.example/schemas/legal-references.schema.json",
      "title": "Legal references",
      "description": "The rules and guidance the course material cites, with the dates that say which apply and which were replaced by which.",
      "type": "object",
      "required": ["type", "version", "references"],
      "properties": {
        "type": { "const": "legal-references" },
        "version": { "const": 1 },
        "asOf": { "$ref": "#/$defs/date", "description": "The day the statuses are stated for; absent counts every recorded change." },
        "references": {
          "type": "array",
          "items": { "$ref": "#/$defs/reference" }
        }
      },
      "$defs": {
        "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        "referenceId": { "type": "string", "minLength": 1 },
        "reference": {
          "type": "object",
          "required": ["id", "kind", "title"],
          "properties": {
            "id": { "$ref": "#/$defs/referenceId", "description": "Unique within the register, e.g. bek-1406-2020." },
            "kind": { "enum": ["executiveOrder", "atGuidance", "nationalGuideline", "other"] },
            "title": { "type": "string", "minLength": 1, "description": "The title as it is cited." },
            "number": { "type": "string", "description": "The official number, e.g. 1406 or D.4.3-4." },
            "issued": { "$ref": "#/$defs/date", "description": "The day it was issued." },
            "inForceFrom": { "$ref": "#/$defs/date", "description": "The first day it applies." },
            "supersededBy": { "$ref": "#/$defs/referenceId", "description": "The id of the reference that replaces it." },
            "supersededFrom": { "$ref": "#/$defs/date", "description": "The first day it no longer applies." },
            "url": { "type": "string", "description": "Its web address." },
            "note": { "type": "string", "description": "A remark shown with it." }
          }
        }
      }
    }

    """
}
