public import DocumentTree
public import ForebygCore

/// The days a plan covers, first and last day included, for example 1 January to 31 December 2026.
public struct PlanPeriod: Hashable, Sendable, Codable {
    /// The plan's first day.
    public var start: CalendarDate
    /// The plan's last day.
    public var end: CalendarDate

    /// Creates a period.
    public init(start: CalendarDate, end: CalendarDate) {
        self.start = start
        self.end = end
    }

    /// The period as text, for example `01.01.2026–31.12.2026`.
    public func formatted(in language: Language) -> String {
        "\(start.formatted(in: language))–\(end.formatted(in: language))"
    }
}
