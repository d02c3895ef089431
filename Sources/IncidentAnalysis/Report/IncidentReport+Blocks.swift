import ForebygCore
import DocumentTree

extension IncidentReport {
    /// A bar chart of counts, summarised by its highest bar.
    func barChart(_ name: String, _ title: String, _ categoryTitle: String, _ counts: [(String, Int)]) -> Block {
        chart(name, .bar, title, categoryTitle, counts, summary: peakSummary(counts))
    }

    /// A line chart of counts over time, summarised by its first and last point (when it has two) and its peak.
    func lineChart(_ name: String, _ title: String, _ categoryTitle: String, _ counts: [(String, Int)]) -> Block {
        guard let first = counts.first, let last = counts.last, counts.count > 1, analysis.total > 0 else {
            return chart(name, .line, title, categoryTitle, counts, summary: peakSummary(counts))
        }
        let summary = format.strings.trendSummary(first.1, first.0, last.1, last.0) + " " + peakSummary(counts)
        return chart(name, .line, title, categoryTitle, counts, summary: summary)
    }

    /// A two-column table of counts under a stable key.
    func countTable(_ name: String, _ caption: String, _ column: (title: String, key: String), _ counts: [(String, Int)]) -> Block {
        .table(Table(
            name: name, caption: InlineText(caption),
            columns: [.init(title: column.title, key: column.key), .init(title: format.strings.count, key: "count")],
            rows: counts.map { [InlineText($0.0), InlineText(String($0.1))] }, firstColumnIsRowHeader: true))
    }

    private func chart(_ name: String, _ kind: Chart.Kind, _ title: String, _ categoryTitle: String, _ counts: [(String, Int)], summary: String) -> Block {
        .chart(Chart(
            name: name, kind: kind, title: title, summary: summary, categoryTitle: categoryTitle,
            valueTitle: format.strings.registrations,
            points: counts.map { .init(label: $0.0, value: Double($0.1)) },
            language: format.language))
    }

    /// "Flest: X og Y med 4 af 20 registreringer.", or that there were none.
    private func peakSummary(_ counts: [(String, Int)]) -> String {
        guard let peak = counts.map(\.1).max(), peak > 0 else { return format.strings.noRegistrations }
        let labels = counts.filter { $0.1 == peak }.map(\.0)
        let joined = labels.count == 1 ? labels[0] : labels.dropLast().joined(separator: ", ") + format.strings.listJoiner + labels.last!
        return format.strings.peakSummary(joined, peak, analysis.total)
    }
}
