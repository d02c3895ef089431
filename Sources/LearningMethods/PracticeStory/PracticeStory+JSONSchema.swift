extension PracticeStory {
    /// The JSON Schema (draft 2020-12) of the `practice-story` format; also in `Documentation/schemas/practice-story.schema.json`.
    public static let jsonSchema = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://forebyg.example/schemas/practice-story.schema.json",
          "title": "Praksisfortælling (practice story)",
          "description": "A written practice story: the story, the writer's reflections, the group's discussion, answers and proposals, linked to Forslag til nye tiltag by id.",
          "type": "object",
          "required": ["type", "version", "writer"],
          "properties": {
            "type": { "const": "practice-story" },
            "version": { "const": 1 },
            "workplace": { "type": "string" },
            "workingGroup": { "type": "string" },
            "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            "writer": { "type": "string", "description": "Pseudonymous reference; empty on a blank form." },
            "theme": { "type": "string" },
            "story": { "$ref": "#/$defs/entries" },
            "reflections": { "$ref": "#/$defs/entries" },
            "discussion": { "$ref": "#/$defs/entries" },
            "answers": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["question", "answer"],
                "properties": {
                  "question": { "type": "integer", "minimum": 1, "maximum": 3 },
                  "answer": { "$ref": "#/$defs/entries" }
                }
              }
            },
            "proposals": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["proposal"],
                "properties": {
                  "proposal": { "type": "string" },
                  "proposalID": { "type": "string", "minLength": 1 }
                }
              }
            },
            "continuation": { "enum": ["sameStoryNewAngle", "newStory"] }
          },
          "$defs": {
            "entries": { "type": "array", "items": { "type": "string" } }
          }
        }
        """#
}
