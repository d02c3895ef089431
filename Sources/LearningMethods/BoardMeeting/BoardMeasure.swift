/// A figure followed on the quality board (*kvalitetstavle*) from meeting to meeting, for
/// example the number of violent episodes or uses of force per week.
///
/// The numbers are plain values supplied by the caller (for example counted from the incident
/// register); the board shows them as a chart.
public struct BoardMeasure: Codable, Hashable, Sendable {
    /// How the figures are drawn.
    public enum Style: String, CaseIterable, Codable, Sendable {
        /// One bar per period.
        case bar
        /// A line through the periods.
        case line
    }

    /// One period's value.
    public struct Point: Codable, Hashable, Sendable {
        /// The period, as it is written on the board, for example "Uge 5".
        public var period: String
        /// The value.
        public var value: Double

        /// Creates a point.
        public init(period: String, value: Double) {
            self.period = period
            self.value = value
        }
    }

    /// A stable, file-name-safe name (lowercase letters, digits and hyphens), used for the chart's data file.
    public var name: String
    /// The title on the board, for example "Brug af tvang pr. uge".
    public var title: String
    /// What is counted, the value axis' title, for example "Antal".
    public var unit: String
    /// How the figures are drawn.
    public var style: Style
    /// The values, oldest first.
    public var points: [Point]
    /// The goal, drawn as a reference line, if the board has one.
    public var target: Double?
    /// A note on the figures, such as where they come from.
    public var note: String?

    /// Creates a measure.
    public init(name: String, title: String, unit: String, style: Style = .bar, points: [Point], target: Double? = nil, note: String? = nil) {
        self.name = name
        self.title = title
        self.unit = unit
        self.style = style
        self.points = points
        self.target = target
        self.note = note
    }

    /// Whether a name is file-name-safe: non-empty lowercase ASCII letters, digits and hyphens.
    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
