import DocumentTree
import ForebygCore

/// How the report writes numbers, dates and the module's vocabulary in one language.
struct ReportFormat {
    /// The labels of the language.
    let strings: IncidentAnalysisStrings
    /// The language.
    let language: Language
    /// Whether the standard shift names are translated (the log gave no shifts of its own).
    let translatesShiftNames: Bool

    init(language: Language, translatesShiftNames: Bool) {
        self.strings = .for(language)
        self.language = language
        self.translatesShiftNames = translatesShiftNames
    }

    /// A number with at most one decimal, without a trailing zero decimal: "4,5" or "4".
    func decimal(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(value) }
        let tenths = Int((value * 10).rounded())
        let whole = String(abs(tenths) / 10)
        let sign = tenths < 0 ? "-" : ""
        return tenths % 10 == 0 ? sign + whole : sign + whole + language.decimalSeparator + String(abs(tenths) % 10)
    }

    /// A share (0–1) as a percentage: "12,5 %" in Danish, "12.5%" in English.
    func percent(share: Double) -> String {
        decimal(share * 100) + strings.percentSign
    }

    /// A percent change with its sign, or a dash when it cannot be computed.
    func percentChange(_ value: Double?) -> String {
        guard let value else { return strings.notComputable }
        return (value > 0 ? "+" : "") + decimal(value) + strings.percentSign
    }

    /// A day as the language writes it.
    func date(_ date: CalendarDate) -> String {
        date.formatted(in: language)
    }

    /// A period as "01.02.2026–28.02.2026".
    func period(_ period: AnalysisPeriod) -> String {
        "\(date(period.start))–\(date(period.end))"
    }

    /// A month as "februar 2026".
    func month(_ firstDay: CalendarDate) -> String {
        "\(firstDay.monthName(in: language)) \(firstDay.year)"
    }

    /// An ISO week by its Monday, as "uge 6".
    func week(_ monday: CalendarDate) -> String {
        strings.weekLabel(monday.isoWeek)
    }

    /// An hour of the day as "19:00".
    func hour(_ hour: Int) -> String {
        ClockTime(hour: hour)!.text
    }

    /// A shift's name, translated if it is a standard shift.
    func shiftName(_ shift: Shift) -> String {
        translatesShiftNames ? strings.standardShiftNames[shift.name] ?? shift.name : shift.name
    }

    /// A shift as "dag 07:00–15:00".
    func shift(_ shift: Shift, in schedule: ShiftSchedule) -> String {
        let index = schedule.shifts.firstIndex(of: shift) ?? 0
        return "\(shiftName(shift)) \(shift.start.text)–\(schedule.end(ofShiftAt: index).text)"
    }

    /// A category's label.
    func category(_ category: IncidentCategory) -> String {
        category.label(in: language)
    }

    /// A form's label.
    func form(_ form: IncidentForm) -> String {
        form.label(in: language)
    }

    /// A consequence's label.
    func consequence(_ consequence: IncidentConsequence) -> String {
        consequence.label(in: language)
    }

    /// What kind of subject recurs, and which: ("Borger", "borger-7").
    func subject(_ subject: RepeatFinding.Subject) -> (kind: String, name: String) {
        switch subject {
        case .citizen(let reference): (strings.citizenKind, reference.rawValue)
        case .location(let label): (strings.locationKind, label)
        case .timeSlot(let weekday, let shift): (strings.timeSlotKind, "\(weekday.label(in: language)), \(shiftName(shift))")
        }
    }
}
