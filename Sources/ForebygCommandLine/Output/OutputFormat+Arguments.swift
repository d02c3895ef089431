import ForebygDocuments

extension OutputFormat {
    /// Parses a `--format` list such as `md,html`; an unknown name is a usage error with a suggestion.
    /// The result keeps the canonical order (the order of `allCases`) without repeats.
    static func parseList(_ names: [String]) throws(UsageError) -> [OutputFormat] {
        var formats: Set<OutputFormat> = []
        for name in names {
            guard let format = OutputFormat(rawValue: name) else {
                throw UsageError.unknown("format", name, among: allCases.map(\.rawValue))
            }
            formats.insert(format)
        }
        guard !formats.isEmpty else {
            throw UsageError("--format needs at least one of \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return allCases.filter(formats.contains)
    }
}
