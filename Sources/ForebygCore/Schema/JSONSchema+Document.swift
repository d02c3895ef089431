extension JSONSchema {
    /// The schema of a whole document: the `type` and `version` header (every version from 1 to
    /// `version` is read), the document's own members, and under `$defs` every definition the
    /// schema refers to, directly or through another definition.
    public static func document(
        type: String, version: Int, title: String, description: String?, required: [String] = [], properties: [Property]
    ) -> JSONSchema {
        let header = [Property("type", .constant(type)), Property("version", .integer(minimum: 1, maximum: version))]
        var schema = object(header + properties, required: ["type", "version"] + required)
            .adding("$schema", .literal(.string("https://json-schema.org/draft/2020-12/schema")))
            .adding("$id", .literal(.string("https://forebyg.example/schemas/\(type).schema.json")))
            .adding("title", .literal(.string(title)))
        if let description { schema = schema.described(description) }
        let definitions = schema.referencedDefinitions()
        if !definitions.isEmpty { schema = schema.adding("$defs", .definitions(definitions)) }
        return schema
    }

    /// Every definition referred to, sorted by name, each once (the first one met of a name).
    func referencedDefinitions() -> [Definition] {
        var found: [String: Definition] = [:]
        var pending = directReferences()
        while let next = pending.popLast() {
            guard found[next.name] == nil else { continue }
            found[next.name] = next
            pending += next.schema.directReferences()
        }
        return found.values.sorted { $0.name < $1.name }
    }

    /// Every definition referred to, with repeats, so that a test can find two different
    /// definitions of one name.
    func allReferences() -> [Definition] {
        var seen: [Definition] = []
        var pending = directReferences()
        while let next = pending.popLast() {
            guard !seen.contains(next) else { continue }
            seen.append(next)
            pending += next.schema.directReferences()
        }
        return seen
    }

    /// The definitions that this schema's own keywords refer to.
    private func directReferences() -> [Definition] {
        keywords.flatMap { keyword -> [Definition] in
            switch keyword.value {
            case .literal: []
            case .schema(let schema) where keyword.name == "$ref": schema.markedDefinitions
            case .schema(let schema): schema.directReferences()
            case .schemas(let schemas): schemas.flatMap { $0.directReferences() }
            case .properties(let properties): properties.flatMap { $0.schema.directReferences() }
            case .definitions: []
            }
        }
    }

    /// The definition a ``ref(_:)`` placeholder stands for.
    var markedDefinitions: [Definition] {
        keywords.flatMap { keyword -> [Definition] in
            if case .definitions(let definitions) = keyword.value { return definitions }
            return []
        }
    }

    /// The names of definitions that two different schemas share within this schema: each must
    /// be empty for a document, or a reference would be ambiguous.
    public var conflictingDefinitionNames: [String] {
        let byName = Dictionary(grouping: allReferences(), by: \.name)
        return byName.filter { $0.value.count > 1 }.keys.sorted()
    }
}
