extension BoardMeeting {
    /// The JSON Schema (draft 2020-12) of the `board-meeting` format; also in `Documentation/schemas/board-meeting.schema.json`.
    public static let jsonSchema = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://forebyg.example/schemas/board-meeting.schema.json",
          "title": "Tavlemøde (board meeting)",
          "description": "One board meeting with the board as it stands after it: goals, status, figures, improvement cards and agreements.",
          "type": "object",
          "required": ["type", "version", "focusArea"],
          "properties": {
            "type": { "const": "board-meeting" },
            "version": { "const": 1 },
            "workplace": { "type": "string" },
            "focusArea": { "type": "string" },
            "date": { "$ref": "#/$defs/date" },
            "facilitator": { "type": "string" },
            "agenda": { "$ref": "#/$defs/agenda" },
            "localRules": { "$ref": "#/$defs/entries" },
            "goals": { "$ref": "#/$defs/entries" },
            "status": { "$ref": "#/$defs/entries" },
            "measures": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["name", "title", "unit", "style", "points"],
                "properties": {
                  "name": { "type": "string", "pattern": "^[a-z0-9-]+$" },
                  "title": { "type": "string" },
                  "unit": { "type": "string" },
                  "style": { "enum": ["bar", "line"] },
                  "points": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["period", "value"],
                      "properties": {
                        "period": { "type": "string" },
                        "value": { "type": "number" }
                      }
                    }
                  },
                  "target": { "type": "number" },
                  "note": { "type": "string" }
                }
              }
            },
            "cards": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "proposal"],
                "properties": {
                  "id": { "type": "string" },
                  "proposal": { "type": "string" },
                  "proposedBy": { "type": "string" },
                  "state": { "enum": ["proposed", "inProgress", "done"] },
                  "deadline": { "$ref": "#/$defs/date" },
                  "responsible": { "type": "string" },
                  "forum": { "type": "string" },
                  "followUp": { "$ref": "#/$defs/entries" }
                }
              }
            },
            "agreements": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["what", "responsible"],
                "properties": {
                  "what": { "type": "string" },
                  "responsible": { "type": "string" }
                }
              }
            },
            "nextMeeting": { "$ref": "#/$defs/date" },
            "nextFacilitator": { "type": "string" }
          },
          "$defs": {
            "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            "entries": { "type": "array", "items": { "type": "string" } },
            "agenda": {
              "type": "object",
              "required": ["lengthMinutes", "items"],
              "properties": {
                "lengthMinutes": { "type": "integer" },
                "items": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["title"],
                    "properties": {
                      "title": { "type": "string" },
                      "minutes": { "type": "integer" },
                      "description": { "type": "string" },
                      "questions": { "$ref": "#/$defs/entries" }
                    }
                  }
                }
              }
            }
          }
        }
        """#
}
