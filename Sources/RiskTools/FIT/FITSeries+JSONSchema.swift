extension FITSeries {
    /// The JSON Schema (draft 2020-12) of the format.
    public static let jsonSchema = """
    {}
    """
}
