extension JSONSchema {
    /// A string, optionally with a minimum length and a pattern.
    public static func string(minLength: Int? = nil, pattern: String? = nil) -> JSONSchema {
        var schema = JSONSchema([Keyword(name: "type", value: .json(.string("string")))])
        if let minLength { schema = schema.adding("minLength", .json(.integer(minLength))) }
        if let pattern { schema = schema.adding("pattern", .json(.string(pattern))) }
        return schema
    }

    /// A whole number, optionally within bounds.
    public static func integer(minimum: Int? = nil, maximum: Int? = nil) -> JSONSchema {
        var schema = JSONSchema([Keyword(name: "type", value: .json(.string("integer")))])
        if let minimum { schema = schema.adding("minimum", .json(.integer(minimum))) }
        if let maximum { schema = schema.adding("maximum", .json(.integer(maximum))) }
        return schema
    }

    /// A number, optionally within bounds.
    public static func number(minimum: Double? = nil, maximum: Double? = nil) -> JSONSchema {
        var schema = JSONSchema([Keyword(name: "type", value: .json(.string("number")))])
        if let minimum { schema = schema.adding("minimum", .json(.number(minimum))) }
        if let maximum { schema = schema.adding("maximum", .json(.number(maximum))) }
        return schema
    }

    /// `true` or `false`.
    public static let boolean = JSONSchema([Keyword(name: "type", value: .json(.string("boolean")))])

    /// An array of values of one schema.
    public static func array(of items: JSONSchema, minItems: Int? = nil, uniqueItems: Bool = false) -> JSONSchema {
        var schema = JSONSchema([Keyword(name: "type", value: .json(.string("array")))]).adding("items", .schema(items))
        if let minItems { schema = schema.adding("minItems", .json(.integer(minItems))) }
        if uniqueItems { schema = schema.adding("uniqueItems", .json(.bool(true))) }
        return schema
    }

    /// An object with the given members, some of them required. Members not listed are allowed
    /// unless ``closed()`` says otherwise.
    public static func object(_ properties: [Property], required: [String] = []) -> JSONSchema {
        var schema = JSONSchema([Keyword(name: "type", value: .json(.string("object")))])
        if !required.isEmpty { schema = schema.adding("required", .json(.array(required.map(Literal.string)))) }
        if !properties.isEmpty { schema = schema.adding("properties", .properties(properties)) }
        return schema
    }

    /// A reference to a definition; the document that uses it carries it under `$defs`.
    public static func ref(_ definition: Definition) -> JSONSchema {
        JSONSchema([Keyword(name: "$ref", value: .schema(JSONSchema.definitionMarker(definition)))])
    }

    /// Exactly this string.
    public static func constant(_ value: String) -> JSONSchema {
        JSONSchema([Keyword(name: "const", value: .json(.string(value)))])
    }

    /// Exactly this whole number.
    public static func constant(_ value: Int) -> JSONSchema {
        JSONSchema([Keyword(name: "const", value: .json(.integer(value)))])
    }

    /// One of the raw values of a `CaseIterable` enum, in declaration order.
    public static func enumeration<Cases: CaseIterable & RawRepresentable>(of type: Cases.Type) -> JSONSchema where Cases.RawValue == String {
        enumeration(type.allCases.map(\.rawValue))
    }

    /// One of the raw values of the given cases.
    public static func enumeration<Case: RawRepresentable>(cases: [Case]) -> JSONSchema where Case.RawValue == String {
        enumeration(cases.map(\.rawValue))
    }

    /// One of the given strings.
    public static func enumeration(_ values: [String]) -> JSONSchema {
        JSONSchema([Keyword(name: "enum", value: .json(.array(values.map(Literal.string))))])
    }

    /// One of the given JSON values, for vocabularies that are not strings.
    public static func enumeration(values: [Literal]) -> JSONSchema {
        JSONSchema([Keyword(name: "enum", value: .json(.array(values)))])
    }

    /// Valid when at least one of the schemas is.
    public static func anyOf(_ schemas: [JSONSchema]) -> JSONSchema {
        JSONSchema([Keyword(name: "anyOf", value: .schemas(schemas))])
    }

    /// A schema that requires only that these members are present (for ``anyOf(_:)`` and conditions).
    public static func requiring(_ members: [String]) -> JSONSchema {
        JSONSchema([Keyword(name: "required", value: .json(.array(members.map(Literal.string))))])
    }

    /// The same schema with a description for readers of the schema file.
    public func described(_ text: String) -> JSONSchema {
        adding("description", .json(.string(text)))
    }

    /// The same object schema, allowing no members beyond its properties.
    public func closed() -> JSONSchema {
        adding("additionalProperties", .json(.bool(false)))
    }

    /// The same object schema, also valid only when at least one of the schemas is.
    public func requiringAnyOf(_ schemas: [JSONSchema]) -> JSONSchema {
        adding("anyOf", .schemas(schemas))
    }

    /// The same object schema with conditions: when `member` has one of the given values, the
    /// listed members are required as well.
    public func requiring(when member: String, _ cases: [(value: String, members: [String])]) -> JSONSchema {
        let conditions = cases.map { value, members in
            JSONSchema([])
                .adding("if", .schema(.object([Property(member, .constant(value))]).removing("type")))
                .adding("then", .schema(.requiring(members)))
        }
        return adding("allOf", .schemas(conditions))
    }

    /// The same schema without a keyword.
    func removing(_ name: String) -> JSONSchema {
        JSONSchema(keywords.filter { $0.name != name })
    }

    /// The placeholder that ``ref(_:)`` stores: the definition itself, so that the document can
    /// collect every definition it refers to.
    static func definitionMarker(_ definition: Definition) -> JSONSchema {
        JSONSchema([Keyword(name: "$defs", value: .definitions([definition]))])
    }
}

extension JSONSchema {
    /// A whole number within the field's documented bounds.
    public static func integer(in bounds: IntegerBounds) -> JSONSchema {
        integer(minimum: bounds.range.lowerBound, maximum: bounds.range.upperBound)
    }

    /// A number within the field's documented bounds.
    public static func number(in bounds: NumberBounds) -> JSONSchema {
        number(minimum: bounds.range.lowerBound, maximum: bounds.range.upperBound)
    }
}
