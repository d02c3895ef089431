extension FITSeries {
    /// The JSON Schema (draft 2020-12) of the `fit-series` format, also in `Documentation/schemas/fit-series.schema.json`.
    public static let jsonSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "FIT series (fit-series, version 1)",
          "description": "A citizen's FIT sessions: ORS marks before and SRS marks after each session, 0 to 10 per item with decimals. Members not defined here are ignored when read.",
          "type": "object",
          "required": ["type", "version", "citizen", "sessions"],
          "properties": {
            "type": { "const": "fit-series" },
            "version": { "const": 1 },
            "citizen": { "$ref": "#/$defs/reference" },
            "population": { "enum": ["adult", "child"] },
            "cutoffs": {
              "type": "object",
              "required": ["orsAdult", "orsChild", "srsAlliance"],
              "properties": {
                "orsAdult": { "$ref": "#/$defs/total" },
                "orsChild": { "$ref": "#/$defs/total" },
                "srsAlliance": { "$ref": "#/$defs/total" }
              }
            },
            "sessions": { "type": "array", "items": { "$ref": "#/$defs/session" } }
          },
          "$defs": {
            "reference": { "type": "string", "description": "A pseudonymous reference to a person, never a name." },
            "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            "rating": { "type": "number", "minimum": 0, "maximum": 10, "description": "A mark on a 10 cm line, 0 to 10." },
            "total": { "type": "number", "minimum": 0, "maximum": 40 },
            "session": {
              "type": "object",
              "required": ["date"],
              "properties": {
                "date": { "$ref": "#/$defs/date" },
                "staff": { "$ref": "#/$defs/reference" },
                "ors": {
                  "type": "object",
                  "required": ["individual", "closeRelationships", "social", "overall"],
                  "properties": {
                    "individual": { "$ref": "#/$defs/rating" },
                    "closeRelationships": { "$ref": "#/$defs/rating" },
                    "social": { "$ref": "#/$defs/rating" },
                    "overall": { "$ref": "#/$defs/rating" }
                  }
                },
                "srs": {
                  "type": "object",
                  "required": ["relationship", "goalsAndTopics", "approachOrMethod", "overall"],
                  "properties": {
                    "relationship": { "$ref": "#/$defs/rating" },
                    "goalsAndTopics": { "$ref": "#/$defs/rating" },
                    "approachOrMethod": { "$ref": "#/$defs/rating" },
                    "overall": { "$ref": "#/$defs/rating" }
                  }
                },
                "note": { "type": "string" }
              }
            }
          }
        }

        """
}
