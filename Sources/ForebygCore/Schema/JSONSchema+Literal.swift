extension JSONSchema {
    /// A JSON value inside a schema: a constant, an enum case, a bound.
    public indirect enum Literal: Hashable, Sendable {
        /// A string.
        case string(String)
        /// A whole number.
        case integer(Int)
        /// A number with a fraction or exponent.
        case number(Double)
        /// `true` or `false`.
        case bool(Bool)
        /// An array.
        case array([Literal])
    }
}

extension JSONSchema.Value {
    /// A literal value.
    static func json(_ literal: JSONSchema.Literal) -> JSONSchema.Value {
        .literal(literal)
    }
}
