#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// How a workplace's local time relates to instants, for converting ``LocalDateTime`` to and
/// from Foundation's `Date`.
///
/// ``copenhagen`` is built in, so it works the same everywhere, including on Linux where
/// FoundationEssentials has no time-zone database: central European time (UTC+1) and summer time
/// (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, the
/// EU rule Denmark has followed since 1996 (earlier dates get the same rule). Any Foundation
/// `TimeZone` can be used instead with ``init(_:)``.
public struct WorkplaceTimeZone: Hashable, Sendable {
    private enum Rules: Hashable, Sendable {
        case centralEuropean
        case foundation(TimeZone)
    }

    private let rules: Rules

    /// Europe/Copenhagen (and the rest of central Europe), the package's default.
    public static let copenhagen = WorkplaceTimeZone(rules: .centralEuropean)

    private init(rules: Rules) {
        self.rules = rules
    }

    /// The rules of a Foundation time zone (on Apple platforms and with the full Foundation;
    /// FoundationEssentials on Linux has fixed-offset zones only).
    public init(_ timeZone: TimeZone) {
        rules = .foundation(timeZone)
    }

    /// The local time's offset from UTC, in seconds, at an instant given as seconds since 1970.
    public func secondsFromUTC(atSecondsSince1970 seconds: Int) -> Int {
        switch rules {
        case .foundation(let zone):
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        case .centralEuropean:
            Self.isCentralEuropeanSummerTime(atSecondsSince1970: seconds) ? 7200 : 3600
        }
    }

    /// Whether an instant falls in EU summer time: from the last Sunday of March to the last
    /// Sunday of October, each at 01:00 UTC.
    private static func isCentralEuropeanSummerTime(atSecondsSince1970 seconds: Int) -> Bool {
        let day = CalendarDate(daysSinceEpoch: seconds.floorDivided(by: 86_400))
        let start = lastSunday(ofMonth: 3, year: day.year) * 86_400 + 3_600
        let end = lastSunday(ofMonth: 10, year: day.year) * 86_400 + 3_600
        return start <= seconds && seconds < end
    }

    /// The day (days since 1970) of the last Sunday of a month.
    private static func lastSunday(ofMonth month: Int, year: Int) -> Int {
        let last = CalendarDate(uncheckedYear: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        return last.daysSinceEpoch - (last.weekday.isoIndex + 1) % 7
    }
}

extension Int {
    /// Division rounding towards minus infinity, so that times before 1970 fall on the right day.
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
