extension JSONSchema.Definition {
    /// `date`: a ``CalendarDate``, `YYYY-MM-DD`.
    public static let date = JSONSchema.Definition("date", .string(pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))

    /// `dateTime`: a ``LocalDateTime`` without time zone, `YYYY-MM-DDTHH:MM`.
    public static let dateTime = JSONSchema.Definition(
        "dateTime", .string(pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]$"))

    /// `clock`: a time of day, `HH:MM`.
    public static let clock = JSONSchema.Definition("clock", .string(pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"))

    /// `pseudonym`: a ``PseudonymousReference`` to a person, never a name.
    public static let pseudonym = JSONSchema.Definition(
        "pseudonym", JSONSchema.string().described("A pseudonymous reference to a person, never a name."))
}
