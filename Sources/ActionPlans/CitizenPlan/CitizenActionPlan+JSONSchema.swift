extension CitizenActionPlan {
    /// The JSON Schema (draft 2020-12) of the `citizen-action-plan` format, version 1.
    public static var jsonSchema: String {
        #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://forebyg.example/schemas/citizen-action-plan.schema.json",
          "title": "Citizen action plan (handleplan for arbejdet med en borger), version 1",
          "type": "object",
          "required": ["type", "version", "citizen", "purposeAndBackground", "tracks"],
          "properties": {
            "type": { "const": "citizen-action-plan" },
            "version": { "type": "integer", "minimum": 1, "maximum": 1 },
            "title": { "type": "string" },
            "citizen": { "type": "string", "description": "A pseudonymous reference, never a name." },
            "workplace": { "type": "string" },
            "purposeAndBackground": { "type": "array", "items": { "type": "string" } },
            "improvementNotice": {
              "type": "object",
              "required": ["issuedBy"],
              "properties": {
                "issuedBy": { "type": "string" },
                "date": { "$ref": "#/$defs/date" },
                "summary": { "type": "string" }
              }
            },
            "start": { "$ref": "#/$defs/date" },
            "asOf": { "$ref": "#/$defs/date" },
            "tracksIntroduction": { "type": "string" },
            "tracks": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "title", "description", "measures"],
                "properties": {
                  "id": { "type": "string" },
                  "title": { "type": "string" },
                  "description": { "type": "array", "items": { "type": "string" } },
                  "measuresHeading": { "type": "string" },
                  "measures": { "type": "array", "items": { "$ref": "#/$defs/measure" } }
                }
              }
            },
            "statusSnapshots": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["date", "entries"],
                "properties": {
                  "date": { "$ref": "#/$defs/date" },
                  "entries": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["measure", "status"],
                      "properties": {
                        "measure": { "type": "string" },
                        "status": { "$ref": "#/$defs/status" },
                        "note": { "type": "string" }
                      }
                    }
                  }
                }
              }
            },
            "overallResponsible": { "type": "array", "items": { "type": "string" } },
            "followUp": { "type": "array", "items": { "type": "string" } },
            "nextEvaluation": { "$ref": "#/$defs/date" }
          },
          "$defs": {
            "measure": {
              "type": "object",
              "required": ["id"],
              "anyOf": [{ "required": ["name"] }, { "required": ["description"] }],
              "properties": {
                "id": { "type": "string" },
                "name": { "type": "string" },
                "description": { "type": "string" },
                "responsible": { "type": "array", "items": { "type": "string" } },
                "deadline": { "$ref": "#/$defs/date" }
              }
            },
        \#(PlanSchemaFragments.status),
        \#(PlanSchemaFragments.date)
          }
        }

        """#
    }
}
