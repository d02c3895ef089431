public import ForebygCore

extension DiagnosticCode {
    /// A row, measure or action names nobody responsible.
    public static let planNoResponsible = DiagnosticCode(rawValue: "plan.noResponsible")
    /// A deadline before the plan's start.
    public static let planDeadlineBeforeStart = DiagnosticCode(rawValue: "plan.deadlineBeforeStart")
    /// A status dated after the plan's `asOf`.
    public static let planStatusAfterAsOf = DiagnosticCode(rawValue: "plan.statusAfterAsOf")
    /// A status entry with neither a status nor a note.
    public static let planEmptyStatus = DiagnosticCode(rawValue: "plan.emptyStatus")
    /// Two rows, measures or activities share an identifier.
    public static let planDuplicateID = DiagnosticCode(rawValue: "plan.duplicateID")
    /// An empty or blank identifier of a row, measure, activity, action or proposal.
    public static let planEmptyID = DiagnosticCode(rawValue: "plan.emptyID")
    /// A timing's count outside 1–1000.
    public static let planTimingCountOutOfBounds = DiagnosticCode(rawValue: "plan.timingCountOutOfBounds")
    /// The plan's period ends before it starts.
    public static let planPeriodReversed = DiagnosticCode(rawValue: "plan.periodReversed")
    /// The next revision is more than a year after adoption (a warning).
    public static let planRevisionInterval = DiagnosticCode(rawValue: "plan.revisionInterval")
    /// The revision is overdue as of `asOf` (a warning).
    public static let planRevisionOverdue = DiagnosticCode(rawValue: "plan.revisionOverdue")
    /// A citizen plan's status snapshots are not in date order (a warning).
    public static let planSnapshotOrder = DiagnosticCode(rawValue: "plan.snapshotOrder")
    /// A plan row cites a proposal that is not among those given (a warning).
    public static let planUnknownProposal = DiagnosticCode(rawValue: "plan.unknownProposal")
    /// A status entry for a measure the citizen plan does not have.
    public static let citizenUnknownMeasure = DiagnosticCode(rawValue: "citizen.unknownMeasure")
    /// A measure with neither a name nor a description.
    public static let citizenUnnamedMeasure = DiagnosticCode(rawValue: "citizen.unnamedMeasure")
    /// The citizen plan's evaluation is overdue (a warning).
    public static let citizenEvaluationOverdue = DiagnosticCode(rawValue: "citizen.evaluationOverdue")
    /// A lifecycle step that cannot follow the previous one.
    public static let proposalLifecycleTransition = DiagnosticCode(rawValue: "proposal.lifecycleTransition")
    /// A lifecycle event dated before an earlier one.
    public static let proposalLifecycleOrder = DiagnosticCode(rawValue: "proposal.lifecycleOrder")
    /// An action's deadline before the proposal was prioritised.
    public static let proposalDeadlineBeforeDecision = DiagnosticCode(rawValue: "proposal.deadlineBeforeDecision")
    /// A question of the form answered twice.
    public static let proposalDuplicateAnswer = DiagnosticCode(rawValue: "proposal.duplicateAnswer")
    /// Two actions share an identifier.
    public static let proposalDuplicateID = DiagnosticCode(rawValue: "proposal.duplicateID")
    /// The story meeting the proposal came from is outside 1–12.
    public static let proposalStoryMeeting = DiagnosticCode(rawValue: "proposal.storyMeeting")
    /// Flow from, or a plan row citing, a proposal that is not prioritised.
    public static let proposalNotPrioritised = DiagnosticCode(rawValue: "proposal.notPrioritised")
    /// Actions on a proposal the implementation group has not prioritised (a warning).
    public static let proposalActionsWithoutPriority = DiagnosticCode(rawValue: "proposal.actionsWithoutPriority")
    /// A Trivselsgruppe member with neither a name nor a title.
    public static let wellbeingEmptyMember = DiagnosticCode(rawValue: "wellbeing.emptyMember")
    /// An activity with no member responsible (a warning).
    public static let wellbeingNoResponsible = DiagnosticCode(rawValue: "wellbeing.noResponsible")
    /// The Trivselsgruppe plan has no status meeting (a warning).
    public static let wellbeingNoStatusMeeting = DiagnosticCode(rawValue: "wellbeing.noStatusMeeting")
    /// A finding: a measure's deadline has passed and its status is not settled.
    public static let findingPlanMeasureOverdue = DiagnosticCode(rawValue: "finding.plan.measureOverdue")

    /// Every code ActionPlans reports.
    public static let allActionPlansCodes: [DiagnosticCode] = [
        .planNoResponsible, .planDeadlineBeforeStart, .planStatusAfterAsOf, .planEmptyStatus, .planDuplicateID,
        .planEmptyID, .planTimingCountOutOfBounds, .planPeriodReversed, .planRevisionInterval, .planRevisionOverdue,
        .planSnapshotOrder, .planUnknownProposal, .citizenUnknownMeasure, .citizenUnnamedMeasure,
        .citizenEvaluationOverdue, .proposalLifecycleTransition, .proposalLifecycleOrder,
        .proposalDeadlineBeforeDecision, .proposalDuplicateAnswer, .proposalDuplicateID, .proposalStoryMeeting,
        .proposalNotPrioritised, .proposalActionsWithoutPriority, .wellbeingEmptyMember, .wellbeingNoResponsible,
        .wellbeingNoStatusMeeting, .findingPlanMeasureOverdue,
    ]
}
