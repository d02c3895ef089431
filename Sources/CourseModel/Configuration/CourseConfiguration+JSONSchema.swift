extension CourseConfiguration {
    /// The JSON Schema (draft 2020-12) of the `course-configuration` format; also in
    /// Documentation/schemas/course-configuration.schema.json.
    public static let jsonSchema = """
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://forebyg.example/schemas/course-configuration.schema.json",
      "title": "Course configuration",
      "description": "How one workplace runs Arbejdstilsynet's prevention course: start date, people, implementation group, working groups, story meetings.",
      "type": "object",
      "required": ["type", "version", "startDate", "people", "topManager", "implementationGroup", "workingGroups"],
      "properties": {
        "type": { "const": "course-configuration" },
        "version": { "const": 1 },
        "workplace": { "type": "string", "description": "The workplace's name." },
        "startDate": { "$ref": "#/$defs/date", "description": "The first day of phase 1." },
        "people": {
          "type": "array",
          "items": { "$ref": "#/$defs/person" }
        },
        "topManager": { "$ref": "#/$defs/personId", "description": "The top manager (øverste leder)." },
        "implementationGroup": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["person", "positions"],
            "properties": {
              "person": { "$ref": "#/$defs/personId" },
              "positions": {
                "type": "array",
                "items": { "enum": ["dailyManager", "safetyRepresentative", "unionRepresentative", "keyPerson"] }
              }
            }
          }
        },
        "workingGroups": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["id", "name", "members", "facilitators"],
            "properties": {
              "id": { "type": "string", "minLength": 1 },
              "name": { "type": "string" },
              "members": { "type": "array", "items": { "$ref": "#/$defs/personId" } },
              "facilitators": { "type": "array", "items": { "$ref": "#/$defs/personId" } },
              "scribe": { "$ref": "#/$defs/personId" }
            }
          }
        },
        "storyMeetingCount": { "type": "integer", "description": "Story meetings per working group; 6 when absent." },
        "intervalDays": { "type": "integer", "description": "Days between story meetings; 14 when absent." }
      },
      "$defs": {
        "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        "personId": { "type": "string", "minLength": 1 },
        "person": {
          "type": "object",
          "required": ["id"],
          "properties": {
            "id": { "$ref": "#/$defs/personId" },
            "displayName": { "type": "string" },
            "title": { "type": "string" }
          }
        }
      }
    }

    """
}
