extension Table {
    /// How a column heading is set in print.
    public enum HeadingOrientation: String, Hashable, Sendable, CaseIterable {
        /// Along the row, as running text (the default).
        case horizontal
        /// Turned a quarter to read from bottom to top, so that the column is only as wide as its
        /// values: for many narrow columns of short values under long headings, such as the six
        /// 0/1 items of a BVC scoring sheet, which would otherwise not fit an A4 page without
        /// breaking the headings' words.
        case vertical
    }
}
