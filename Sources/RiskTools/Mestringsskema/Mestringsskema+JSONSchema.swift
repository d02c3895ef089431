extension Mestringsskema {
    /// The JSON Schema (draft 2020-12) of the `mestringsskema` format, also in `Documentation/schemas/mestringsskema.schema.json`.
    public static let jsonSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "Mestringsskema (mestringsskema, version 1)",
          "description": "A citizen's Mestringsskema: dated revisions of the five coping levels, the daily level log and optionally BVC scorings. Members not defined here are ignored when read.",
          "type": "object",
          "required": ["type", "version", "citizen", "revisions", "log"],
          "properties": {
            "type": { "const": "mestringsskema" },
            "version": { "const": 1 },
            "citizen": { "$ref": "#/$defs/reference" },
            "revisions": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/revision" } },
            "log": { "type": "array", "items": { "$ref": "#/$defs/entry" } },
            "bvcAssessments": { "type": "array", "items": { "$ref": "#/$defs/assessment" } },
            "bvcConfiguration": {
              "type": "object",
              "description": "BVC settings as in bvc-series: shiftHours, bands, activeFromScore; every member optional.",
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
            },
            "reviewIntervalDays": { "type": "integer", "minimum": 1 }
          },
          "$defs": {
            "reference": { "type": "string", "description": "A pseudonymous reference to a person, never a name." },
            "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            "dateTime": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]$" },
            "clock": { "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" },
            "level": { "type": "integer", "minimum": 1, "maximum": 5, "description": "1 and 2 red (presset), 3 yellow (habitual state), 4 and 5 green." },
            "levelDescription": {
              "type": "object",
              "required": ["level", "behaviour", "state", "citizenActions", "staffActions"],
              "properties": {
                "level": { "$ref": "#/$defs/level" },
                "behaviour": { "type": "string" },
                "state": { "type": "string" },
                "citizenActions": { "type": "string" },
                "staffActions": { "type": "string" }
              }
            },
            "revision": {
              "type": "object",
              "required": ["date", "staff", "levels"],
              "properties": {
                "date": { "$ref": "#/$defs/date" },
                "staff": { "$ref": "#/$defs/reference" },
                "levels": { "type": "array", "items": { "$ref": "#/$defs/levelDescription" } },
                "changes": { "type": "string" }
              }
            },
            "entry": {
              "type": "object",
              "required": ["date", "level"],
              "properties": {
                "date": { "$ref": "#/$defs/date" },
                "level": { "$ref": "#/$defs/level" },
                "staff": { "$ref": "#/$defs/reference" },
                "note": { "type": "string" }
              }
            },
            "answer": { "enum": [0, 1, false, true] },
            "assessment": {
              "type": "object",
              "required": ["citizen", "time", "shift", "assessor", "answers"],
              "properties": {
                "citizen": { "$ref": "#/$defs/reference" },
                "time": { "$ref": "#/$defs/dateTime" },
                "shift": { "enum": ["day", "evening", "night"] },
                "assessor": { "$ref": "#/$defs/reference" },
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
                }
              }
            }
          }
        }

        """
}
