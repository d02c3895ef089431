public import ForebygCore

/// One BVC scoring of a citizen: who, when, on which shift, by whom, and the six answers.
///
/// A score predicts the risk of violent behaviour within the **next 24 hours** only (seed 002).
public struct BVCAssessment: Hashable, Sendable, Codable {
    /// The citizen scored, by pseudonym.
    public var citizen: PseudonymousReference
    /// When the scoring was made, in local time.
    public var time: LocalDateTime
    /// The shift the scoring belongs to; ``time`` must fall within it.
    public var shift: BVCShift
    /// The member of staff who scored, by pseudonym or initials.
    public var assessor: PseudonymousReference
    /// Which behaviours were present as a change from the habitual state.
    public var answers: BVCAnswers

    /// Creates an assessment on a stated shift, as the JSON format writes it; ``validate(in:at:)``
    /// reports a time outside that shift.
    public init(citizen: PseudonymousReference, time: LocalDateTime, shift: BVCShift, assessor: PseudonymousReference, answers: BVCAnswers) {
        self.citizen = citizen
        self.time = time
        self.shift = shift
        self.assessor = assessor
        self.answers = answers
    }

    /// Creates an assessment on the shift its time falls in: for a series' assessment pass
    /// `series.settings.shiftHours`, so the series' own shift hours decide (the defaults if none
    /// are given, where a score at 02:00 is a night score and one at 07:00 a day score).
    public init(
        citizen: PseudonymousReference, time: LocalDateTime, assessor: PseudonymousReference, answers: BVCAnswers,
        shiftHours: ShiftHours = .standard
    ) {
        self.init(citizen: citizen, time: time, shift: shiftHours.shift(at: time), assessor: assessor, answers: answers)
    }

    /// The score, 0–6.
    public var score: Int { answers.score }

    /// The risk band of the score under the given configuration. For an assessment of a series,
    /// ``BVCSeries/band(of:in:)`` applies the series' own settings.
    public func band(in configuration: BVCConfiguration = .standard) -> BVCBand {
        configuration.bands.band(for: score)
    }

    /// Whether the score makes the citizen *BVC-aktiv* under the given configuration. For an
    /// assessment of a series, ``BVCSeries/isActive(_:in:)`` applies the series' own settings.
    public func isActive(in configuration: BVCConfiguration = .standard) -> Bool {
        configuration.isActive(score: score)
    }

    /// The date of the shift the assessment belongs to (the previous day for a night score after
    /// midnight). For an assessment of a series, ``BVCSeries/shiftDate(of:in:)`` applies the
    /// series' own shift hours.
    public func shiftDate(in configuration: BVCConfiguration = .standard) -> CalendarDate {
        configuration.shiftHours.shiftDate(of: time)
    }

    /// Checks that the time falls within the stated shift.
    public func validate(in configuration: BVCConfiguration = .standard, at path: FieldPath) -> [Diagnostic] {
        let hours = configuration.shiftHours
        guard hours.isConsistent, hours.shift(at: time) != shift else { return [] }
        return [
            .error(
                .bvcTimeOutsideShift, at: path.key("time"),
                "\(time.timeString) is outside the \(shift.rawValue) shift (\(hours.hoursText(of: shift)))")
        ]
    }
}
