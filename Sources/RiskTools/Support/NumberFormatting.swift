import DocumentTree
import ForebygCore

/// Formats a number for a table cell: whole numbers without decimals, others with at most two,
/// written with the language's decimal separator (`27,1` in Danish, `27.1` in English).
func formatNumber(_ value: Double, in language: Language) -> String {
    Chart.format((value * 100).rounded() / 100).replacing(".", with: language.decimalSeparator)
}

/// Formats a change with its sign, for example `+3,5` or `-2` in Danish.
func formatChange(_ value: Double, in language: Language) -> String {
    value > 0 ? "+" + formatNumber(value, in: language) : formatNumber(value, in: language)
}
