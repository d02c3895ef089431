extension ResidentConference {
    /// The JSON Schema (draft 2020-12) of the `resident-conference` format; also in `Documentation/schemas/resident-conference.schema.json`.
    public static let jsonSchema = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://forebyg.example/schemas/resident-conference.schema.json",
          "title": "Beboerkonference (resident conference) record",
          "description": "One resident conference: agenda, participants and roles, evaluation of the previous conference's actions, stories, understanding and agreed actions.",
          "type": "object",
          "required": ["type", "version", "resident"],
          "properties": {
            "type": { "const": "resident-conference" },
            "version": { "const": 1 },
            "workplace": { "type": "string" },
            "occasion": { "enum": ["scheduled", "afterIncident"] },
            "date": { "$ref": "#/$defs/date" },
            "resident": { "type": "string", "description": "Pseudonymous reference; empty on a blank form." },
            "residentChosenOn": { "$ref": "#/$defs/date" },
            "challenges": { "$ref": "#/$defs/entries" },
            "agenda": { "$ref": "#/$defs/agenda" },
            "localRules": { "$ref": "#/$defs/entries" },
            "participants": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["person", "role"],
                "properties": {
                  "person": { "type": "string" },
                  "role": { "enum": ["chair", "narrator", "knowledgeBearer", "participant"] },
                  "profession": { "type": "string" }
                }
              }
            },
            "previousConference": { "$ref": "#/$defs/date" },
            "evaluations": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["actionID", "action"],
                "properties": {
                  "actionID": { "type": "string" },
                  "action": { "type": "string" },
                  "wentWell": { "type": "string" },
                  "doDifferently": { "type": "string" }
                }
              }
            },
            "stories": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["narrator", "story"],
                "properties": {
                  "narrator": { "type": "string" },
                  "story": { "$ref": "#/$defs/entries" },
                  "reflections": { "$ref": "#/$defs/entries" }
                }
              }
            },
            "understanding": { "$ref": "#/$defs/entries" },
            "agreedActions": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "action", "responsible"],
                "properties": {
                  "id": { "type": "string" },
                  "action": { "type": "string" },
                  "responsible": { "type": "array", "items": { "type": "string" } },
                  "frequency": { "type": "string" },
                  "starts": { "$ref": "#/$defs/date" },
                  "documentedBy": { "type": "string" }
                }
              }
            },
            "nextConference": { "$ref": "#/$defs/date" }
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
