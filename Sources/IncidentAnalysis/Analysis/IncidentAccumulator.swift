import ForebygCore

/// The running counts of one analysis: ``IncidentLog/analysis(of:)`` feeds it every incident once.
struct IncidentAccumulator {
    private let period: AnalysisPeriod
    private let schedule: ShiftSchedule
    private let parameters: AnalysisParameters
    private let startDay: Int
    private let endDay: Int
    private let previousStartDay: Int
    private let analysisDay: Int
    private let startWeekday: Int
    private let startMonth: Int

    private var total = 0
    private var categories = [Int](repeating: 0, count: IncidentCategory.allCases.count)
    private var previousCategories = [Int](repeating: 0, count: IncidentCategory.allCases.count)
    private var months: [Int]
    private var weeks: [Int]
    private var hours = [Int](repeating: 0, count: 24)
    private var weekdays = [Int](repeating: 0, count: 7)
    private var forms = [Int](repeating: 0, count: IncidentForm.allCases.count)
    private var consequences = [Int](repeating: 0, count: IncidentConsequence.allCases.count)
    private var levels = [Int](repeating: 0, count: 10)
    private var nearMisses = 0
    private var useOfForce = 0
    private var withoutCitizen = 0
    private var onTime = 0
    private var pending = 0
    private var late: [FollowUpSummary.LateFollowUp] = []
    private var locations = KeyedDays<String>()
    private var citizens = KeyedDays<PseudonymousReference>()
    private var groups = KeyedDays<String>()
    /// Days per time slot, `weekday * shiftCount + shift`.
    private var slotDays: [[Int32]]

    init(period: AnalysisPeriod, analysisDate: CalendarDate, schedule: ShiftSchedule, parameters: AnalysisParameters, declaredLocations: [String]) {
        self.period = period
        self.schedule = schedule
        self.parameters = parameters
        let dayCount = max(period.dayCount, 0)
        startDay = period.start.daysSinceEpoch
        endDay = period.end.daysSinceEpoch
        previousStartDay = startDay - dayCount
        analysisDay = analysisDate.daysSinceEpoch
        startWeekday = period.start.weekday.isoIndex
        startMonth = period.start.year * 12 + period.start.month - 1
        months = [Int](repeating: 0, count: max(period.end.year * 12 + period.end.month - startMonth, 0))
        weeks = [Int](repeating: 0, count: dayCount == 0 ? 0 : (startWeekday + dayCount - 1) / 7 + 1)
        slotDays = [[Int32]](repeating: [], count: 7 * schedule.shifts.count)
        for label in declaredLocations { _ = locations.index(of: label) }
    }

    /// Counts one incident if it lies in the period (or only its category if in the previous one).
    mutating func add(_ incident: Incident) {
        let day = incident.time.date.daysSinceEpoch
        guard day >= previousStartDay, day <= endDay else { return }
        guard day >= startDay else {
            previousCategories[incident.category.index] += 1
            return
        }
        let offset = day - startDay
        total += 1
        categories[incident.category.index] += 1
        countWhen(incident, offset: offset)
        countWhere(incident, offset: offset)
        countWhat(incident)
        countFollowUp(incident)
    }

    private mutating func countWhen(_ incident: Incident, offset: Int) {
        let date = incident.time.date
        months[date.year * 12 + date.month - 1 - startMonth] += 1
        weeks[(startWeekday + offset) / 7] += 1
        let minute = incident.time.minuteOfDay
        hours[minute / 60] += 1
        let weekday = (startWeekday + offset) % 7
        weekdays[weekday] += 1
        slotDays[weekday * schedule.shifts.count + schedule.shiftIndex(atMinute: minute)].append(Int32(offset))
    }

    private mutating func countWhere(_ incident: Incident, offset: Int) {
        locations.add(incident.location, day: offset)
        groups.add(incident.affected.professionalGroup, day: offset)
        if let citizen = incident.citizen {
            citizens.add(citizen, day: offset)
        } else {
            withoutCitizen += 1
        }
    }

    private mutating func countWhat(_ incident: Incident) {
        for form in incident.forms { forms[form.index] += 1 }
        for consequence in incident.consequences { consequences[consequence.index] += 1 }
        if (1...10).contains(incident.affectedLevel) { levels[incident.affectedLevel - 1] += 1 }
        if incident.nearMiss { nearMisses += 1 }
        if incident.useOfForce { useOfForce += 1 }
    }

    private mutating func countFollowUp(_ incident: Incident) {
        switch FollowUpStatus(of: incident, deadlineDays: parameters.followUpDays, asOfDay: analysisDay) {
        case .onTime: onTime += 1
        case .pending: pending += 1
        case .late(let talk): late.append(talk)
        }
    }

    /// The figures counted so far.
    func result() -> IncidentAnalysisResult {
        IncidentAnalysisResult(
            period: period,
            previousPeriod: period.previous,
            parameters: parameters,
            shiftSchedule: schedule,
            total: total,
            categoryChanges: categoryChanges(),
            byMonth: months.indices.map { Tally(period.start.firstOfMonth.adding(months: $0), months[$0]) },
            byWeek: weeks.indices.map { Tally(period.start.adding(days: 7 * $0 - startWeekday), weeks[$0]) },
            byHour: hours.indices.map { Tally($0, hours[$0]) },
            byShift: zip(schedule.shifts, schedule.shifts.indices).map { shift, index in
                Tally(shift, (0..<7).reduce(0) { $0 + slotDays[$1 * schedule.shifts.count + index].count })
            },
            byWeekday: Weekday.allCases.map { Tally($0, weekdays[$0.isoIndex]) },
            byLocation: Tally.ranked(keys: locations.keys, counts: locations.days.map(\.count)),
            byCitizen: Tally.ranked(keys: citizens.keys, counts: citizens.days.map(\.count)),
            withoutCitizen: withoutCitizen,
            byProfessionalGroup: Tally.ranked(keys: groups.keys, counts: groups.days.map(\.count)),
            byForm: IncidentForm.allCases.map { Tally($0, forms[$0.index]) },
            byConsequence: IncidentConsequence.allCases.map { Tally($0, consequences[$0.index]) },
            nearMisses: nearMisses,
            useOfForce: useOfForce,
            affectedLevels: levels.indices.map { Tally($0 + 1, levels[$0]) },
            followUp: FollowUpSummary(onTime: onTime, pending: pending, late: late),
            repeats: repeats()
        )
    }

    private func categoryChanges() -> [CategoryChange] {
        IncidentCategory.allCases.map {
            CategoryChange(category: $0, count: categories[$0.index], previousCount: previousCategories[$0.index])
        } + [CategoryChange(category: nil, count: total, previousCount: previousCategories.reduce(0, +))]
    }

    private func repeats() -> [RepeatFinding] {
        let window = RepeatWindow(start: period.start, count: parameters.repeatCount, days: parameters.repeatWindowDays)
        let citizenRepeats = zip(citizens.keys, citizens.days).compactMap { window.finding(.citizen($0), days: $1) }
        let locationRepeats = zip(locations.keys, locations.days).compactMap { window.finding(.location($0), days: $1) }
        let slotRepeats = slotDays.indices.compactMap { slot in
            window.finding(
                .timeSlot(Weekday.allCases[slot / schedule.shifts.count], schedule.shifts[slot % schedule.shifts.count]),
                days: slotDays[slot])
        }
        return citizenRepeats.sorted(by: RepeatFinding.byCountThenDate)
            + locationRepeats.sorted(by: RepeatFinding.byCountThenDate) + slotRepeats
    }
}

extension CalendarDate {
    /// The first day of the date's month.
    var firstOfMonth: CalendarDate {
        adding(days: 1 - day)
    }
}
