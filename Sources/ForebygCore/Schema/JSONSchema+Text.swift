extension JSONSchema {
    /// The schema as JSON text, the way the schema files are written: two-space indentation, a
    /// value on one line when it fits in 100 columns, members in a fixed order, a final newline.
    /// The same schema always gives the same text.
    public var text: String {
        SchemaWriter.write(node) + "\n"
    }

    /// The schema as a writable tree, with ``ref(_:)`` placeholders turned into `$ref` paths.
    var node: SchemaWriter.Node {
        .object(keywords.map { keyword in (keyword.name, Self.node(keyword)) })
    }

    private static func node(_ keyword: Keyword) -> SchemaWriter.Node {
        switch keyword.value {
        case .literal(let literal): node(literal)
        case .schema(let schema) where keyword.name == "$ref":
            .string("#/$defs/" + (schema.markedDefinitions.first?.name ?? ""))
        case .schema(let schema): schema.node
        case .schemas(let schemas): .array(schemas.map(\.node))
        case .properties(let properties): .object(properties.map { ($0.name, $0.schema.node) })
        case .definitions(let definitions): .object(definitions.map { ($0.name, $0.schema.node) })
        }
    }

    private static func node(_ literal: Literal) -> SchemaWriter.Node {
        switch literal {
        case .string(let text): .string(text)
        case .integer(let number): .number(String(number))
        case .number(let number): .number(number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number))
        case .bool(let flag): .number(flag ? "true" : "false")
        case .array(let values): .array(values.map(node))
        }
    }
}

/// Writes a schema tree as JSON text: compact where a value fits on a line, indented otherwise.
enum SchemaWriter {
    /// A JSON value ready to write; numbers and booleans are already text.
    indirect enum Node {
        case string(String)
        case number(String)
        case array([Node])
        case object([(String, Node)])
    }

    /// The widest line a value is written on before it is broken over several lines.
    static let lineWidth = 100

    /// The value at an indentation, starting after `used` columns of its first line (a key).
    static func write(_ node: Node, indent: Int = 0, used: Int = 0) -> String {
        let compact = oneLine(node)
        if max(indent, used) + compact.count <= lineWidth { return compact }
        let inner = String(repeating: " ", count: indent + 2)
        let outer = String(repeating: " ", count: indent)
        switch node {
        case .string, .number:
            return compact
        case .array(let items):
            return "[\n" + items.map { inner + write($0, indent: indent + 2) }.joined(separator: ",\n") + "\n\(outer)]"
        case .object(let members):
            let lines = members.map { name, value in
                let key = quoted(name) + ": "
                return inner + key + write(value, indent: indent + 2, used: indent + 2 + key.count)
            }
            return "{\n" + lines.joined(separator: ",\n") + "\n\(outer)}"
        }
    }

    /// The value on one line: `{ "a": 1, "b": [1, 2] }`.
    static func oneLine(_ node: Node) -> String {
        switch node {
        case .string(let text): quoted(text)
        case .number(let text): text
        case .array(let items): "[" + items.map(oneLine).joined(separator: ", ") + "]"
        case .object(let members) where members.isEmpty: "{}"
        case .object(let members): "{ " + members.map { quoted($0.0) + ": " + oneLine($0.1) }.joined(separator: ", ") + " }"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
