public import ForebygCore

extension DiagnosticCode {
    /// An affect curve's points are not in time order.
    public static let affectOutOfOrder = DiagnosticCode(rawValue: "affect.outOfOrder")
    /// An affect curve's chaos line or intensity outside 0–10.
    public static let affectOutOfRange = DiagnosticCode(rawValue: "affect.outOfRange")
    /// A phase reflected on twice.
    public static let episodeDuplicatePhase = DiagnosticCode(rawValue: "episode.duplicatePhase")
    /// An answer to a question the phase does not have.
    public static let episodeUnknownQuestion = DiagnosticCode(rawValue: "episode.unknownQuestion")
    /// The minimum days after the episode are outside 0–90.
    public static let episodeMinimumDaysOutOfBounds = DiagnosticCode(rawValue: "episode.minimumDaysOutOfBounds")
    /// The reflection is dated before the episode.
    public static let episodeReflectionBeforeEpisode = DiagnosticCode(rawValue: "episode.reflectionBeforeEpisode")
    /// The reflection is sooner after the episode than advised (a warning).
    public static let episodeReflectionTooSoon = DiagnosticCode(rawValue: "episode.reflectionTooSoon")
    /// A scoring's time is outside its shift.
    public static let bvcTimeOutsideShift = DiagnosticCode(rawValue: "bvc.timeOutsideShift")
    /// A BVC scoring of another citizen than the series' or the Mestringsskema's.
    public static let bvcOtherCitizen = DiagnosticCode(rawValue: "bvc.otherCitizen")
    /// A second scoring of the same shift on the same day (a warning).
    public static let bvcDuplicateShift = DiagnosticCode(rawValue: "bvc.duplicateShift")
    /// The shifts do not start in the order day, evening, night at different times.
    public static let bvcShiftHoursInconsistent = DiagnosticCode(rawValue: "bvc.shiftHoursInconsistent")
    /// The score bands are outside 0–6 or out of order.
    public static let bvcBandsInconsistent = DiagnosticCode(rawValue: "bvc.bandsInconsistent")
    /// The score from which a scoring is active is outside 1–6.
    public static let bvcActiveFromScoreOutOfRange = DiagnosticCode(rawValue: "bvc.activeFromScoreOutOfRange")
    /// A scoring schedule with no shift.
    public static let bvcEmptySchedule = DiagnosticCode(rawValue: "bvc.emptySchedule")
    /// A scoring schedule's months outside 1–24.
    public static let bvcScheduleMonthsOutOfBounds = DiagnosticCode(rawValue: "bvc.scheduleMonthsOutOfBounds")
    /// A FIT cutoff outside 0–40.
    public static let fitCutoffsOutOfRange = DiagnosticCode(rawValue: "fit.cutoffsOutOfRange")
    /// A FIT session with neither ORS nor SRS marks (a warning).
    public static let fitEmptySession = DiagnosticCode(rawValue: "fit.emptySession")
    /// FIT sessions not in date order (a warning).
    public static let fitOutOfOrder = DiagnosticCode(rawValue: "fit.outOfOrder")
    /// A Mestringsskema without a dated version.
    public static let mestringsskemaNoRevision = DiagnosticCode(rawValue: "mestringsskema.noRevision")
    /// A Mestringsskema's revisions are not in date order.
    public static let mestringsskemaRevisionsOutOfOrder = DiagnosticCode(rawValue: "mestringsskema.revisionsOutOfOrder")
    /// A coping level described twice in one revision.
    public static let mestringsskemaDuplicateLevel = DiagnosticCode(rawValue: "mestringsskema.duplicateLevel")
    /// A second level logged for one day.
    public static let mestringsskemaDuplicateDay = DiagnosticCode(rawValue: "mestringsskema.duplicateDay")
    /// The review interval is outside 1–366 days.
    public static let mestringsskemaReviewInterval = DiagnosticCode(rawValue: "mestringsskema.reviewInterval")
    /// A coping level not described (a warning).
    public static let mestringsskemaMissingLevel = DiagnosticCode(rawValue: "mestringsskema.missingLevel")
    /// A finding: a scoring the schedule calls for was not made.
    public static let findingBvcMissedScoring = DiagnosticCode(rawValue: "finding.bvc.missedScoring")
    /// A finding: a day in the red levels without a BVC scoring.
    public static let findingMestringsskemaRedLevelWithoutBVC = DiagnosticCode(rawValue: "finding.mestringsskema.redLevelWithoutBVC")
    /// A finding: the Mestringsskema's review is overdue.
    public static let findingMestringsskemaReviewOverdue = DiagnosticCode(rawValue: "finding.mestringsskema.reviewOverdue")

    /// Every code RiskTools reports.
    public static let allRiskToolsCodes: [DiagnosticCode] = [
        .affectOutOfOrder, .affectOutOfRange, .episodeDuplicatePhase, .episodeUnknownQuestion,
        .episodeMinimumDaysOutOfBounds, .episodeReflectionBeforeEpisode, .episodeReflectionTooSoon,
        .bvcTimeOutsideShift, .bvcOtherCitizen, .bvcDuplicateShift, .bvcShiftHoursInconsistent, .bvcBandsInconsistent,
        .bvcActiveFromScoreOutOfRange, .bvcEmptySchedule, .bvcScheduleMonthsOutOfBounds, .fitCutoffsOutOfRange,
        .fitEmptySession, .fitOutOfOrder, .mestringsskemaNoRevision, .mestringsskemaRevisionsOutOfOrder,
        .mestringsskemaDuplicateLevel, .mestringsskemaDuplicateDay, .mestringsskemaReviewInterval,
        .mestringsskemaMissingLevel, .findingBvcMissedScoring, .findingMestringsskemaRedLevelWithoutBVC,
        .findingMestringsskemaReviewOverdue,
    ]
}
