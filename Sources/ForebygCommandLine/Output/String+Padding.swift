extension String {
    /// The string followed by spaces up to `width` characters, for aligned help columns.
    func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }

    /// The string with leading zeros up to `width` characters, for numbered file names.
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
