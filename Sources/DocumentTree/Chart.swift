/// A chart and the numbers behind it.
///
/// Renderers that can draw (HTML) draw it; every renderer also gives ``dataTable`` so that the
/// numbers are available to screen readers, text formats and spreadsheets.
public struct Chart: Hashable, Sendable {
    /// The kind of chart.
    public enum Kind: String, Hashable, Sendable {
        /// Vertical bars, one per point.
        case bar
        /// Points joined by a line, in order.
        case line
    }

    /// A labelled value.
    public struct Point: Hashable, Sendable {
        /// The label on the category axis (for example a month or a weekday).
        public var label: String
        /// The value.
        public var value: Double

        /// Creates a point.
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// A horizontal line across the chart, such as a cutoff or a threshold.
    public struct ReferenceLine: Hashable, Sendable {
        /// What the line means (for example "Kaoslinje").
        public var label: String
        /// Where it crosses the value axis.
        public var value: Double

        /// Creates a reference line.
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// A stable, file-name-safe name, used for the data table's CSV file.
    public var name: String
    /// The kind of chart.
    public var kind: Kind
    /// The chart's title.
    public var title: String
    /// A one-sentence summary of what the chart shows, for readers who cannot see it.
    public var summary: String
    /// The heading of the category axis, also the first column of the data table.
    public var categoryTitle: String
    /// The heading of the value axis, also the second column of the data table.
    public var valueTitle: String
    /// The points, in order.
    public var points: [Point]
    /// Horizontal reference lines.
    public var referenceLines: [ReferenceLine]
    /// The language the chart writes its numbers in: `,` as the decimal separator in Danish,
    /// `.` in English. Danish by default, as ``DocumentMetadata/language`` is; a chart built for a
    /// document gets that document's language.
    public var language: Language

    /// Creates a chart.
    public init(
        name: String,
        kind: Kind,
        title: String,
        summary: String,
        categoryTitle: String,
        valueTitle: String,
        points: [Point],
        referenceLines: [ReferenceLine] = [],
        language: Language = .danish
    ) {
        self.name = name
        self.kind = kind
        self.title = title
        self.summary = summary
        self.categoryTitle = categoryTitle
        self.valueTitle = valueTitle
        self.points = points
        self.referenceLines = referenceLines
        self.language = language
    }

    /// The chart's numbers as a two-column table (`category`, `value`).
    public var dataTable: Table {
        Table(
            name: name,
            caption: InlineText(title),
            columns: [.init(title: categoryTitle, key: "category"), .init(title: valueTitle, key: "value")],
            rows: points.map { [InlineText($0.label), InlineText(formatted($0.value))] },
            firstColumnIsRowHeader: true
        )
    }

    /// Formats a value as ``format(_:)`` does, with the decimal separator of the chart's ``language``.
    public func formatted(_ value: Double) -> String {
        let text = Self.format(value)
        let separator = language.decimalSeparator
        return separator == "." ? text : text.replacing(".", with: separator)
    }

    /// Formats a value without a trailing `.0` for whole numbers, so counts read as counts.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int(value))
        }
        return String(value)
    }
}
