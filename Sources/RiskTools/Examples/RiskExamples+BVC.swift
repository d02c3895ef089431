import ForebygCore

extension RiskExamples {
    /// The first week of a new citizen scored three times a day (seed 003: "3 x dagligt på alle nye
    /// borgere i tre måneder"), with two missed scorings: Wednesday's night and Saturday's day shift.
    public static var bvcWeek: BVCSeries {
        let citizen: PseudonymousReference = "borger-7"
        // Per shift date: day, evening and night answers; nil is a missed scoring.
        let week: [(CalendarDate, [Set<BVCItem>?])] = [
            ("2026-03-02", [[], [.irritability], []]),
            ("2026-03-03", [[], [.irritability, .boisterousness], [.confusion]]),
            ("2026-03-04", [[.irritability], [.irritability, .boisterousness, .verbalThreats], nil]),
            ("2026-03-05", [[], [.irritability], []]),
            ("2026-03-06", [[], [], []]),
            ("2026-03-07", [nil, [.confusion], []]),
            ("2026-03-08", [[], [], []]),
        ]
        let assessments = week.flatMap { day, answers in
            zip(BVCShift.allCases, answers).compactMap { shift, present -> BVCAssessment? in
                guard let present else { return nil }
                return BVCAssessment(
                    citizen: citizen, time: scoringTime(day, shift), shift: shift,
                    assessor: assessor(on: shift), answers: BVCAnswers(present: present))
            }
        }
        return BVCSeries(citizen: citizen, schedule: BVCScoringSchedule(start: CalendarDate("2026-03-02")), assessments: assessments)
    }

    /// Who scores on each shift in the examples.
    static func assessor(on shift: BVCShift) -> PseudonymousReference {
        switch shift {
        case .day: "medarbejder-AK"
        case .evening: "medarbejder-LM"
        case .night: "medarbejder-NP"
        }
    }

    /// Day scorings at 10:00, evening at 19:00 and night at 02:00 the next calendar day.
    static func scoringTime(_ shiftDate: CalendarDate, _ shift: BVCShift) -> LocalDateTime {
        switch shift {
        case .day: LocalDateTime(startOf: shiftDate).adding(minutes: 10 * 60)
        case .evening: LocalDateTime(startOf: shiftDate).adding(minutes: 19 * 60)
        case .night: LocalDateTime(startOf: shiftDate).adding(minutes: 26 * 60)
        }
    }
}
