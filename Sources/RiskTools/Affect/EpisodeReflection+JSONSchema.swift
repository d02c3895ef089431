extension EpisodeReflection {
    /// The JSON Schema (draft 2020-12) of the `episode-reflection` format, also in `Documentation/schemas/episode-reflection.schema.json`.
    public static let jsonSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "Episode reflection (episode-reflection, version 1)",
          "description": "A reflection on an episode through the five phases of the affektudbrudsmodel, with the før/under/efter model for use of force and an optional affect curve. Members not defined here are ignored when read.",
          "type": "object",
          "required": ["type", "version", "citizen", "episodeDate", "reflectionDate", "participants", "citizenTookPart", "phases"],
          "properties": {
            "type": { "const": "episode-reflection" },
            "version": { "const": 1 },
            "citizen": { "$ref": "#/$defs/reference" },
            "episodeDate": { "$ref": "#/$defs/date" },
            "reflectionDate": { "$ref": "#/$defs/date" },
            "participants": { "type": "array", "items": { "$ref": "#/$defs/reference" } },
            "citizenTookPart": { "type": "boolean" },
            "phases": { "type": "array", "items": { "$ref": "#/$defs/phaseReflection" } },
            "restraint": { "$ref": "#/$defs/restraint" },
            "affectCurve": { "$ref": "#/$defs/affectCurve" },
            "minimumDaysAfterEpisode": { "type": "integer", "minimum": 0 }
          },
          "$defs": {
            "reference": { "type": "string", "description": "A pseudonymous reference to a person, never a name." },
            "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            "dateTime": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]$" },
            "scale": { "type": "number", "minimum": 0, "maximum": 10 },
            "phaseReflection": {
              "type": "object",
              "required": ["phase", "answers"],
              "properties": {
                "phase": { "enum": ["everyday", "escalation", "chaos", "deescalation", "returnToEveryday"] },
                "answers": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["question", "answer"],
                    "properties": {
                      "question": { "type": "integer", "minimum": 1, "maximum": 6 },
                      "answer": { "type": "string" }
                    }
                  }
                }
              }
            },
            "restraint": {
              "type": "object",
              "required": ["phases"],
              "properties": {
                "phases": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["phase"],
                    "properties": {
                      "phase": { "enum": ["before", "during", "after"] },
                      "whatHappened": { "type": "string" },
                      "assessment": { "type": "string" }
                    }
                  }
                },
                "changesToPractice": { "type": "string" }
              }
            },
            "affectCurve": {
              "type": "object",
              "required": ["chaosLine", "points"],
              "properties": {
                "chaosLine": { "$ref": "#/$defs/scale" },
                "points": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["time", "intensity"],
                    "properties": {
                      "time": { "$ref": "#/$defs/dateTime" },
                      "intensity": { "$ref": "#/$defs/scale" }
                    }
                  }
                }
              }
            }
          }
        }

        """
}
