#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

extension LocalDateTime {
    /// The local date and time at an instant in a workplace's time zone, to the minute (seconds
    /// are dropped). Throws if the instant lies outside the years 1–9999.
    public init(_ instant: Date, in zone: WorkplaceTimeZone = .copenhagen) throws(InvalidDateError) {
        let seconds = instant.timeIntervalSince1970.rounded(.down)
        guard abs(seconds) < 2.5e11 else { throw InvalidDateError("\(instant) lies outside the years 1–9999") }
        let utc = Int(seconds)
        let localMinutes = (utc + zone.secondsFromUTC(atSecondsSince1970: utc)).floorDivided(by: 60)
        let days = localMinutes.floorDivided(by: 1440)
        let date = CalendarDate(daysSinceEpoch: days)
        guard (1...9999).contains(date.year) else { throw InvalidDateError("\(instant) lies outside the years 1–9999") }
        self.init(date: date, minuteOfDay: localMinutes - days * 1440)
    }

    /// The instant this local time names in a workplace's time zone.
    ///
    /// Where summer time begins, the local times that do not exist (02:00–02:59 in Copenhagen on
    /// the last Sunday of March) are moved forward by the jump: 02:30 is the instant of 03:30.
    /// Where it ends, the local times that occur twice (02:00–02:59 on the last Sunday of
    /// October) name the first of the two, in summer time. Foundation's `Calendar` does the same.
    public func instant(in zone: WorkplaceTimeZone = .copenhagen) -> Date {
        let local = minutesSinceEpoch * 60
        let before = zone.secondsFromUTC(atSecondsSince1970: local - 86_400)
        let after = zone.secondsFromUTC(atSecondsSince1970: local + 86_400)
        let candidates = before == after ? [before] : [max(before, after), min(before, after)]
        let utc = candidates.first { zone.secondsFromUTC(atSecondsSince1970: local - $0) == $0 }.map { local - $0 } ?? local - before
        return Date(timeIntervalSince1970: TimeInterval(utc))
    }
}

extension CalendarDate {
    /// The day at an instant in a workplace's time zone. Throws if the instant lies outside the
    /// years 1–9999.
    public init(_ instant: Date, in zone: WorkplaceTimeZone = .copenhagen) throws(InvalidDateError) {
        self = try LocalDateTime(instant, in: zone).date
    }

    /// The instant the day begins (local midnight) in a workplace's time zone.
    public func start(in zone: WorkplaceTimeZone = .copenhagen) -> Date {
        LocalDateTime(date: self, minuteOfDay: 0).instant(in: zone)
    }
}
