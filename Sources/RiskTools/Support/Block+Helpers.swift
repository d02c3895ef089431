import DocumentTree

extension Block {
    /// A level-2 (or deeper) heading from plain text.
    static func heading(_ text: String, level: Int = 2) -> Block {
        .heading(level: level, text: InlineText(text))
    }

    /// A paragraph from plain text.
    static func text(_ text: String) -> Block {
        .paragraph(InlineText(text))
    }
}

/// Formats a number for a table cell: whole numbers without a decimal point, others with at most two decimals.
func formatNumber(_ value: Double) -> String {
    Chart.format((value * 100).rounded() / 100)
}

/// Formats a change with its sign, for example `+3.5` or `-2`.
func formatChange(_ value: Double) -> String {
    value > 0 ? "+" + formatNumber(value) : formatNumber(value)
}
