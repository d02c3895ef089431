/// JSON Schema definitions (`$defs` members) shared by the plan formats' schemas.
enum PlanSchemaFragments {
    /// A calendar date, `YYYY-MM-DD`.
    static let date = #"""
        "date": {
          "type": "string",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        }
    """#

    /// The status vocabulary.
    static let status = #"""
        "status": {
          "enum": ["planned", "inPreparation", "inProgress", "revisedAwaitingApproval", "recruitmentInProgress", "beingEmbedded", "inUse", "implemented", "completed", "postponed", "cancelled"]
        }
    """#

    /// A status entry: date, status and note, all optional.
    static let statusEntry = #"""
        "statusEntry": {
          "type": "object",
          "properties": {
            "date": { "$ref": "#/$defs/date" },
            "status": { "$ref": "#/$defs/status" },
            "note": { "type": "string" }
          }
        }
    """#

    /// A timing: date, period, recurring interval or free text.
    static let timing = #"""
        "interval": { "enum": ["day", "week", "month", "quarter", "year"] },
        "timing": {
          "type": "object",
          "required": ["kind"],
          "properties": {
            "kind": { "enum": ["date", "period", "every", "timesPer", "text"] },
            "date": { "$ref": "#/$defs/date" },
            "start": { "$ref": "#/$defs/date" },
            "end": { "$ref": "#/$defs/date" },
            "interval": { "$ref": "#/$defs/interval" },
            "count": { "type": "integer", "minimum": 1 },
            "text": { "type": "string" }
          },
          "allOf": [
            { "if": { "properties": { "kind": { "const": "date" } } }, "then": { "required": ["date"] } },
            { "if": { "properties": { "kind": { "const": "period" } } }, "then": { "required": ["start", "end"] } },
            { "if": { "properties": { "kind": { "const": "every" } } }, "then": { "required": ["interval"] } },
            { "if": { "properties": { "kind": { "const": "timesPer" } } }, "then": { "required": ["count", "interval"] } },
            { "if": { "properties": { "kind": { "const": "text" } } }, "then": { "required": ["text"] } }
          ]
        }
    """#

    /// A period with a start and an end date.
    static let period = #"""
        "period": {
          "type": "object",
          "required": ["start", "end"],
          "properties": {
            "start": { "$ref": "#/$defs/date" },
            "end": { "$ref": "#/$defs/date" }
          }
        }
    """#
}
