extension BVCSeries {
    /// The JSON Schema (draft 2020-12) of the `bvc-series` format, also in `Documentation/schemas/bvc-series.schema.json`.
    public static let jsonSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "BVC series (bvc-series, version 1)",
          "description": "A citizen's Brøset Violence Checklist scorings with their schedule and the workplace's settings. Members not defined here are ignored when read, except inside answers, where only the six items are allowed.",
          "type": "object",
          "required": ["type", "version", "citizen", "assessments"],
          "properties": {
            "type": { "const": "bvc-series" },
            "version": { "const": 1 },
            "citizen": { "$ref": "#/$defs/reference" },
            "schedule": { "$ref": "#/$defs/schedule" },
            "configuration": { "$ref": "#/$defs/configuration" },
            "assessments": { "type": "array", "items": { "$ref": "#/$defs/assessment" } }
          },
          "$defs": {
            "reference": { "type": "string", "description": "A pseudonymous reference to a person, never a name." },
            "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            "dateTime": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]$" },
            "clock": { "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" },
            "shift": { "enum": ["day", "evening", "night"] },
            "answer": { "enum": [0, 1, false, true] },
            "answers": {
              "type": "object",
              "required": ["confusion", "irritability", "boisterousness", "verbalThreats", "physicalThreats", "attackingObjects"],
              "properties": {
                "confusion": { "$ref": "#/$defs/answer" },
                "irritability": { "$ref": "#/$defs/answer" },
                "boisterousness": { "$ref": "#/$defs/answer" },
                "verbalThreats": { "$ref": "#/$defs/answer" },
                "physicalThreats": { "$ref": "#/$defs/answer" },
                "attackingObjects": { "$ref": "#/$defs/answer" }
              },
              "additionalProperties": false
            },
            "assessment": {
              "type": "object",
              "required": ["citizen", "time", "shift", "assessor", "answers"],
              "properties": {
                "citizen": { "$ref": "#/$defs/reference" },
                "time": { "$ref": "#/$defs/dateTime" },
                "shift": { "$ref": "#/$defs/shift" },
                "assessor": { "$ref": "#/$defs/reference" },
                "answers": { "$ref": "#/$defs/answers" }
              }
            },
            "schedule": {
              "type": "object",
              "required": ["start"],
              "properties": {
                "start": { "$ref": "#/$defs/date" },
                "months": { "type": "integer", "minimum": 1 },
                "shifts": { "type": "array", "items": { "$ref": "#/$defs/shift" }, "minItems": 1, "uniqueItems": true }
              }
            },
            "configuration": {
              "type": "object",
              "properties": {
                "shiftHours": {
                  "type": "object",
                  "required": ["day", "evening", "night"],
                  "properties": {
                    "day": { "$ref": "#/$defs/clock" },
                    "evening": { "$ref": "#/$defs/clock" },
                    "night": { "$ref": "#/$defs/clock" }
                  }
                },
                "bands": {
                  "type": "object",
                  "required": ["moderateFrom", "veryHighFrom"],
                  "properties": {
                    "moderateFrom": { "type": "integer", "minimum": 1, "maximum": 5 },
                    "veryHighFrom": { "type": "integer", "minimum": 2, "maximum": 6 }
                  }
                },
                "activeFromScore": { "type": "integer", "minimum": 1, "maximum": 6 }
              }
            }
          }
        }

        """
}
