/// Hands out the CSV table names of one document, never the same name twice.
struct CSVTableNames {
    /// The names handed out so far (a document has a handful of CSV tables, so a linear search
    /// beats hashing every name).
    private var taken: [String] = []

    /// The name for `name`, with `-2`, `-3`, … added when it is already taken.
    mutating func claim(_ name: String) -> String {
        var candidate = name
        var suffix = 2
        while taken.contains(candidate) {
            candidate = name + "-" + String(suffix)
            suffix += 1
        }
        taken.append(candidate)
        return candidate
    }
}
