/// A JSON Schema (draft 2020-12) built from Swift values, so that a format's schema is declared
/// next to its type and cannot drift from it: enum cases come from `CaseIterable`, shared
/// definitions (dates, times, pseudonyms, the `type`/`version` header) are written once, and
/// ``text`` writes the schema file that integrators in other languages validate against.
///
/// Build one with the static members (``string(minLength:pattern:)``, ``object(_:required:)``,
/// ``ref(_:)`` …) and ``document(type:version:title:description:required:properties:)``.
public struct JSONSchema: Hashable, Sendable {
    /// The schema's keywords in the order they are written.
    var keywords: [Keyword]

    /// One keyword and its value.
    struct Keyword: Hashable, Sendable {
        let name: String
        let value: Value
    }

    /// A keyword's value: JSON, or schemas that the writer lays out as such.
    indirect enum Value: Hashable, Sendable {
        case literal(Literal)
        case schema(JSONSchema)
        case schemas([JSONSchema])
        case properties([Property])
        case definitions([Definition])
    }

    init(_ keywords: [Keyword]) {
        self.keywords = keywords
    }

    /// The same schema with a keyword added (or replaced), keeping the writing order.
    func adding(_ name: String, _ value: Value) -> JSONSchema {
        var copy = self
        copy.keywords.removeAll { $0.name == name }
        copy.keywords.append(Keyword(name: name, value: value))
        copy.keywords.sort { Self.order(of: $0.name) < Self.order(of: $1.name) }
        return copy
    }

    /// Where each keyword is written: identification first, then the value's own rules, then
    /// its parts, then conditions and definitions.
    private static let keywordOrder = [
        "$schema", "$id", "title", "description", "type", "const", "enum", "$ref", "required",
        "minimum", "maximum", "minLength", "pattern", "minItems", "uniqueItems", "items", "properties",
        "additionalProperties", "anyOf", "allOf", "if", "then", "$defs",
    ]

    private static func order(of name: String) -> Int {
        keywordOrder.firstIndex(of: name) ?? keywordOrder.count
    }
}

extension JSONSchema {
    /// A member of an object schema: its name and the schema of its value.
    public struct Property: Hashable, Sendable {
        /// The member's name.
        public let name: String
        /// The schema of its value.
        public let schema: JSONSchema

        /// Creates a property.
        public init(_ name: String, _ schema: JSONSchema) {
            self.name = name
            self.schema = schema
        }
    }

    /// A named schema under `$defs`, referred to with ``JSONSchema/ref(_:)``. A document's
    /// `$defs` holds exactly the definitions it refers to, so a definition is written once in
    /// Swift and appears in every schema that uses it.
    public struct Definition: Hashable, Sendable {
        /// The name under `$defs`.
        public let name: String
        /// The schema.
        public let schema: JSONSchema

        /// Creates a definition.
        public init(_ name: String, _ schema: JSONSchema) {
            self.name = name
            self.schema = schema
        }
    }
}
