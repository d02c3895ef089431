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

    /// Creates an assessment.
    public init(citizen: PseudonymousReference, time: LocalDateTime, shift: BVCShift, assessor: PseudonymousReference, answers: BVCAnswers) {
        self.citizen = citizen
        self.time = time
        self.shift = shift
        self.assessor = assessor
        self.answers = answers
    }

    /// The score, 0–6.
    public var score: Int { answers.score }

    /// The risk band of the score under the given configuration.
    public func band(in configuration: BVCConfiguration = .standard) -> BVCBand {
        configuration.bands.band(for: score)
    }

    /// Whether the score makes the citizen *BVC-aktiv* under the given configuration.
    public func isActive(in configuration: BVCConfiguration = .standard) -> Bool {
        configuration.isActive(score: score)
    }

    /// The date of the shift the assessment belongs to (the previous day for a night score after midnight).
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
