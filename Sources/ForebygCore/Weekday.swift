public import DocumentTree

/// A day of the week, Monday first as in Denmark.
public enum Weekday: String, CaseIterable, Codable, Sendable, Comparable, Labelled {
    /// Mandag.
    case monday
    /// Tirsdag.
    case tuesday
    /// Onsdag.
    case wednesday
    /// Torsdag.
    case thursday
    /// Fredag.
    case friday
    /// Lørdag.
    case saturday
    /// Søndag.
    case sunday

    /// 0 for Monday through 6 for Sunday.
    public var isoIndex: Int {
        Weekday.allCases.firstIndex(of: self)!
    }

    /// The weekday's name in the given language, lower-case in Danish as Danish writes it.
    public func label(in language: Language) -> String {
        CoreStrings.for(language).weekdayNames[isoIndex]
    }

    /// Orders Monday first.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool {
        lhs.isoIndex < rhs.isoIndex
    }
}
