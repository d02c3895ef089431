extension IncidentLog {
    /// The JSON Schema (draft 2020-12) of the `incident-log` format, version 1.
    public static let jsonSchema = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://forebyg.org/schemas/incident-log.schema.json",
          "title": "Incident log (incident-log), version 1",
          "description": "A workplace's registered incidents (violence, threats, harassment, near misses) with the period to analyse. Members not listed here are ignored by readers.",
          "type": "object",
          "required": ["type", "version", "workplace", "analysisDate", "period", "incidents"],
          "properties": {
            "type": { "const": "incident-log" },
            "version": { "const": 1 },
            "workplace": { "type": "string", "minLength": 1 },
            "analysisDate": { "$ref": "#/$defs/date" },
            "period": {
              "type": "object",
              "required": ["start", "end"],
              "properties": {
                "start": { "$ref": "#/$defs/date" },
                "end": { "$ref": "#/$defs/date" }
              }
            },
            "locations": { "type": "array", "items": { "type": "string", "minLength": 1 } },
            "shifts": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "object",
                "required": ["name", "start"],
                "properties": {
                  "name": { "type": "string", "minLength": 1 },
                  "start": { "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" }
                }
              }
            },
            "parameters": {
              "type": "object",
              "properties": {
                "nearMissShareThreshold": { "type": "number", "minimum": 0, "maximum": 1 },
                "repeatCount": { "type": "integer", "minimum": 2 },
                "repeatWindowDays": { "type": "integer", "minimum": 1 },
                "followUpDays": { "type": "integer", "minimum": 0 }
              }
            },
            "incidents": { "type": "array", "items": { "$ref": "#/$defs/incident" } }
          },
          "$defs": {
            "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            "incident": {
              "type": "object",
              "required": [
                "id", "time", "location", "affected", "category", "nearMiss", "forms", "consequences",
                "affectedLevel", "useOfForce"
              ],
              "properties": {
                "id": { "type": "string", "minLength": 1 },
                "time": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]$" },
                "location": { "type": "string", "minLength": 1 },
                "affected": {
                  "type": "object",
                  "required": ["staff", "professionalGroup"],
                  "properties": {
                    "staff": { "type": "string", "minLength": 1 },
                    "professionalGroup": { "type": "string" }
                  }
                },
                "citizen": { "type": "string", "minLength": 1 },
                "category": {
                  "enum": ["threatsAndVerbalAbuse", "physicalViolence", "sexualHarassment", "otherHarassment", "selfHarm"]
                },
                "nearMiss": { "type": "boolean" },
                "forms": {
                  "type": "array",
                  "items": {
                    "enum": [
                      "threat", "verbalAbuse", "blow", "kick", "scratch", "bite", "spitting", "pushOrGrab",
                      "thrownObject", "sexualBehaviour", "selfHarm", "other"
                    ]
                  }
                },
                "otherForm": { "type": "string" },
                "consequences": {
                  "type": "array",
                  "items": {
                    "enum": [
                      "none", "physicalInjury", "psychologicalReaction", "medicalTreatment", "sickLeave",
                      "reportedAsWorkInjury", "propertyDamage"
                    ]
                  }
                },
                "consequencesText": { "type": "string" },
                "affectedLevel": { "type": "integer", "minimum": 1, "maximum": 10 },
                "useOfForce": { "type": "boolean" },
                "followUp": {
                  "type": "object",
                  "required": ["date", "participants"],
                  "properties": {
                    "date": { "$ref": "#/$defs/date" },
                    "participants": { "type": "array", "items": { "type": "string" } }
                  }
                },
                "description": { "type": "string" }
              }
            }
          }
        }
        """#
}
