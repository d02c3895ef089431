// Dates and times written in code as literals.
//
// A literal is code, not data: `let start: CalendarDate = "2026-02-30"` is a programming error,
// caught the first time the line runs, like an array index out of range. Dates from input —
// JSON, a form, a file — go through `init(isoString:)` (which returns nil) or the throwing
// initialisers, never through a literal, so data never stops the program.

extension CalendarDate: ExpressibleByStringLiteral {
    /// A date written in code as `"YYYY-MM-DD"`; stops the program if the literal is not a real
    /// day, because a literal is code, not data.
    public init(stringLiteral literal: String) {
        guard let date = CalendarDate(isoString: literal) else {
            preconditionFailure("the date literal \"\(literal)\" is not a day written YYYY-MM-DD")
        }
        self = date
    }
}

extension LocalDateTime: ExpressibleByStringLiteral {
    /// A date and time written in code as `"YYYY-MM-DDTHH:MM"`; stops the program if the literal
    /// is not a real moment, because a literal is code, not data.
    public init(stringLiteral literal: String) {
        guard let time = LocalDateTime(isoString: literal) else {
            preconditionFailure("the date-time literal \"\(literal)\" is not a moment written YYYY-MM-DDTHH:MM")
        }
        self = time
    }
}
