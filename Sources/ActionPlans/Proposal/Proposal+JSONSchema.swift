extension Proposal {
    /// The JSON Schema (draft 2020-12) of the `proposal` format, version 1.
    public static var jsonSchema: String {
        #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://forebyg.example/schemas/proposal.schema.json",
          "title": "Forslag til nye tiltag (proposal), version 1",
          "type": "object",
          "required": ["type", "version", "id"],
          "properties": {
            "type": { "const": "proposal" },
            "version": { "type": "integer", "minimum": 1, "maximum": 1 },
            "id": { "type": "string" },
            "title": { "type": "string" },
            "course": {
              "type": "object",
              "properties": {
                "workingGroup": { "type": "string" },
                "storyMeeting": { "type": "integer" },
                "theme": { "type": "string" }
              }
            },
            "questionWording": { "enum": ["form", "filledExample"] },
            "answers": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["question", "paragraphs"],
                "properties": {
                  "question": { "type": "integer", "minimum": 1, "maximum": 10 },
                  "paragraphs": { "type": "array", "items": { "type": "string" } }
                }
              }
            },
            "lifecycle": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["stage"],
                "properties": {
                  "stage": { "enum": ["draft", "handedToImplementationGroup", "prioritised", "notPrioritised", "postponed", "inImplementation", "evaluated"] },
                  "date": { "$ref": "#/$defs/date" },
                  "meeting": { "enum": ["midwayMeeting", "closingMeeting"] },
                  "note": { "type": "string" }
                }
              }
            },
            "actions": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "what"],
                "properties": {
                  "id": { "type": "string" },
                  "what": { "type": "string" },
                  "responsible": { "type": "array", "items": { "type": "string" } },
                  "deadline": { "$ref": "#/$defs/date" },
                  "timing": { "type": "array", "items": { "$ref": "#/$defs/timing" } }
                }
              }
            },
            "coordination": {
              "type": "object",
              "required": ["withOtherWorkingGroups", "withCommittee", "responsible"],
              "properties": {
                "withOtherWorkingGroups": { "type": "boolean" },
                "withCommittee": { "type": "boolean" },
                "responsible": { "type": "array", "items": { "type": "string" } }
              }
            },
            "evaluation": {
              "type": "object",
              "required": ["when", "how"],
              "properties": {
                "when": { "$ref": "#/$defs/timing" },
                "how": { "type": "string" },
                "responsible": { "type": "array", "items": { "type": "string" } }
              }
            }
          },
          "$defs": {
        \#(PlanSchemaFragments.timing),
        \#(PlanSchemaFragments.date)
          }
        }

        """#
    }
}
