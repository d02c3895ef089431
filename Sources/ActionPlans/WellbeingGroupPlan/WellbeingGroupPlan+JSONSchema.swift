extension WellbeingGroupPlan {
    /// The JSON Schema (draft 2020-12) of the `wellbeing-group-plan` format, version 1.
    public static var jsonSchema: String {
        #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://forebyg.example/schemas/wellbeing-group-plan.schema.json",
          "title": "Trivselsgruppe plan, version 1",
          "type": "object",
          "required": ["type", "version", "members"],
          "properties": {
            "type": { "const": "wellbeing-group-plan" },
            "version": { "type": "integer", "minimum": 1, "maximum": 1 },
            "title": { "type": "string" },
            "workplace": { "type": "string" },
            "start": { "$ref": "#/$defs/date" },
            "asOf": { "$ref": "#/$defs/date" },
            "members": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "name": { "type": "string" },
                  "title": { "type": "string" },
                  "roleAndResponsibility": { "type": "string" }
                }
              }
            },
            "purpose": { "type": "array", "items": { "type": "string" } },
            "goals": { "type": "array", "items": { "type": "string" } },
            "successCriteria": { "type": "array", "items": { "type": "string" } },
            "activities": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "activity", "description"],
                "properties": {
                  "id": { "type": "string" },
                  "kind": { "enum": ["activity", "statusMeeting"] },
                  "activity": { "type": "string" },
                  "description": { "type": "string" },
                  "targetGroup": { "type": "string" },
                  "timing": { "type": "array", "items": { "$ref": "#/$defs/timing" } },
                  "statusHistory": { "type": "array", "items": { "$ref": "#/$defs/statusEntry" } },
                  "deadline": { "$ref": "#/$defs/date" },
                  "deadlineNote": { "type": "string" },
                  "responsible": { "type": "array", "items": { "type": "string" } },
                  "responsibilities": { "type": "string" }
                }
              }
            }
          },
          "$defs": {
        \#(PlanSchemaFragments.timing),
        \#(PlanSchemaFragments.statusEntry),
        \#(PlanSchemaFragments.status),
        \#(PlanSchemaFragments.date)
          }
        }

        """#
    }
}
