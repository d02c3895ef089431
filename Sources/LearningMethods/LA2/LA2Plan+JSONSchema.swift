extension LA2Plan {
    /// The JSON Schema (draft 2020-12) of the `la2-plan` format; also in `Documentation/schemas/la2-plan.schema.json`.
    public static let jsonSchema = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://forebyg.example/schemas/la2-plan.schema.json",
          "title": "LA2 plan (trivselsplan, tryghedsplan or læringsplan)",
          "description": "One LA2 plan for one citizen, in the citizen's or the professionals' version. The content member matching kind holds the plan; a plan without content is a blank form.",
          "type": "object",
          "required": ["type", "version", "kind", "audience", "citizen"],
          "properties": {
            "type": { "const": "la2-plan" },
            "version": { "const": 1 },
            "kind": { "enum": ["well-being", "safety", "learning"] },
            "audience": { "enum": ["citizen", "professionals"] },
            "citizen": { "type": "string", "description": "Pseudonymous reference; empty on a blank form." },
            "workplace": { "type": "string" },
            "staffMember": { "type": "string" },
            "revisions": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["date"],
                "properties": {
                  "date": { "$ref": "#/$defs/date" },
                  "by": { "type": "string" },
                  "note": { "type": "string" }
                }
              }
            },
            "wellBeing": {
              "type": "object",
              "properties": {
                "signsOfWellBeing": { "$ref": "#/$defs/entries" },
                "resources": { "$ref": "#/$defs/entries" },
                "signsOfStrain": { "$ref": "#/$defs/entries" },
                "warningSigns": { "$ref": "#/$defs/entries" },
                "ownCoping": { "$ref": "#/$defs/entries" },
                "staffSupport": { "$ref": "#/$defs/entries" }
              }
            },
            "safety": {
              "type": "object",
              "properties": {
                "triggers": { "$ref": "#/$defs/entries" },
                "before": { "$ref": "#/$defs/phase" },
                "during": { "$ref": "#/$defs/phase" },
                "after": { "$ref": "#/$defs/phase" }
              }
            },
            "learning": {
              "type": "object",
              "properties": {
                "episodeDate": { "$ref": "#/$defs/date" },
                "leadUp": { "$ref": "#/$defs/entries" },
                "episode": { "$ref": "#/$defs/entries" },
                "signsOfRaisedStrain": { "$ref": "#/$defs/entries" },
                "answers": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["question", "answer"],
                    "properties": {
                      "question": { "type": "integer", "minimum": 1 },
                      "answer": { "$ref": "#/$defs/entries" }
                    }
                  }
                },
                "staffWillDoDifferently": { "type": "string" },
                "citizenWillTry": { "type": "string" },
                "carriedInto": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["plan", "section", "text"],
                    "properties": {
                      "plan": { "enum": ["well-being", "safety"] },
                      "section": {
                        "enum": ["signsOfWellBeing", "resources", "signsOfStrain", "warningSigns", "ownCoping", "staffSupport", "triggers", "behaviour", "feelings", "coping"]
                      },
                      "phase": { "enum": ["before", "during", "after"] },
                      "text": { "type": "string" },
                      "carriedOn": { "$ref": "#/$defs/date" }
                    }
                  }
                }
              }
            }
          },
          "$defs": {
            "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            "entries": { "type": "array", "items": { "type": "string" } },
            "phase": {
              "type": "object",
              "properties": {
                "behaviour": { "$ref": "#/$defs/entries" },
                "feelings": { "$ref": "#/$defs/entries" },
                "coping": { "$ref": "#/$defs/entries" },
                "staffSupport": { "$ref": "#/$defs/entries" }
              }
            }
          }
        }
        """#
}
