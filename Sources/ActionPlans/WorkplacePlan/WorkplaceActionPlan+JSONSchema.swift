extension WorkplaceActionPlan {
    /// The JSON Schema (draft 2020-12) of the `workplace-action-plan` format, version 1.
    public static var jsonSchema: String {
        #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://forebyg.example/schemas/workplace-action-plan.schema.json",
          "title": "Workplace action plan (handleplan), version 1",
          "type": "object",
          "required": ["type", "version", "rows"],
          "properties": {
            "type": { "const": "workplace-action-plan" },
            "version": { "type": "integer", "minimum": 1, "maximum": 1 },
            "title": { "type": "string" },
            "workplace": { "type": "string" },
            "period": { "$ref": "#/$defs/period" },
            "authors": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["role"],
                "properties": {
                  "role": { "enum": ["leader", "workEnvironmentRepresentative", "unionRepresentative", "employee"] },
                  "name": { "type": "string" }
                }
              }
            },
            "adopted": { "$ref": "#/$defs/date" },
            "nextRevision": { "$ref": "#/$defs/date" },
            "asOf": { "$ref": "#/$defs/date" },
            "rows": { "type": "array", "items": { "$ref": "#/$defs/row" } }
          },
          "$defs": {
            "row": {
              "type": "object",
              "required": ["id", "focusArea", "whatHowWhen", "goal"],
              "properties": {
                "id": { "type": "string" },
                "focusArea": { "type": "string" },
                "whatHowWhen": { "type": "string" },
                "timing": { "type": "array", "items": { "$ref": "#/$defs/timing" } },
                "deadline": { "$ref": "#/$defs/date" },
                "responsible": { "type": "array", "items": { "type": "string" } },
                "responsibilities": { "type": "string" },
                "statusHistory": { "type": "array", "items": { "$ref": "#/$defs/statusEntry" } },
                "goal": { "type": "string" },
                "proposal": { "type": "string" }
              }
            },
        \#(PlanSchemaFragments.period),
        \#(PlanSchemaFragments.timing),
        \#(PlanSchemaFragments.statusEntry),
        \#(PlanSchemaFragments.status),
        \#(PlanSchemaFragments.date)
          }
        }

        """#
    }
}
