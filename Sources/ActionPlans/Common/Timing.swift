public import ForebygCore

/// When a measure happens: a date, a period, a recurring interval such as *ugentligt*
/// or *3 x dagligt*, or free text when none of those fits.
///
/// In JSON a timing is an object whose `kind` member says which case it is:
/// `{"kind": "date", "date": "2026-03-01"}`, `{"kind": "period", "start": …, "end": …}`,
/// `{"kind": "every", "interval": "week"}`, `{"kind": "timesPer", "count": 3, "interval": "day"}`
/// or `{"kind": "text", "text": "…"}`.
public enum Timing: Hashable, Sendable {
    /// On one day.
    case date(CalendarDate)
    /// From one day to another, both included.
    case period(start: CalendarDate, end: CalendarDate)
    /// Once every interval: *dagligt*, *ugentligt*, *månedligt*, *kvartalsvis*, *årligt*.
    case every(Interval)
    /// A number of times every interval, for example *3 x dagligt* (`timesPer(3, .day)`).
    case timesPer(Int, Interval)
    /// Anything else, in the plan's own words.
    case text(String)

    /// The length of a recurring interval.
    public enum Interval: String, CaseIterable, Hashable, Sendable, Codable {
        /// Every day (*dagligt*).
        case day
        /// Every week (*ugentligt*).
        case week
        /// Every month (*månedligt*).
        case month
        /// Every quarter (*kvartalsvis*).
        case quarter
        /// Every year (*årligt*).
        case year
    }
}
