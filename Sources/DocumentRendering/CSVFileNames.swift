/// Hands out the CSV file names of one document, `<slug>-<name>.csv`, never the same name twice.
struct CSVFileNames {
    /// The document's slug.
    let slug: String
    /// The names handed out so far (a document has a handful of CSV files, so a linear search
    /// beats hashing every name).
    private var taken: [String] = []

    /// Creates the names for a document.
    init(slug: String) {
        self.slug = slug
    }

    /// The file name for `name`, with `-2`, `-3`, … added when it is already taken.
    mutating func claim(_ name: String) -> String {
        var candidate = slug + "-" + name + ".csv"
        var suffix = 2
        while taken.contains(candidate) {
            candidate = slug + "-" + name + "-" + String(suffix) + ".csv"
            suffix += 1
        }
        taken.append(candidate)
        return candidate
    }
}
