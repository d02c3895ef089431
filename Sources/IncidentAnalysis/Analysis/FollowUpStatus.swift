import ForebygCore

/// Whether an incident's learning talk was held by its deadline: what the analysis counts and
/// the late-talk findings list, decided in one place so that the two agree.
enum FollowUpStatus {
    /// Held by the deadline.
    case onTime
    /// Not held yet, and the deadline has not passed on the day measured.
    case pending
    /// Held after the deadline, or not held and overdue.
    case late(FollowUpSummary.LateFollowUp)

    /// The status of the talk after `incident`, whose deadline is its day plus `deadlineDays`,
    /// as of the day `asOfDay` (days since the epoch).
    init(of incident: Incident, deadlineDays: Int, asOfDay: Int) {
        let dueDay = incident.time.date.daysSinceEpoch + deadlineDays
        let heldDay = incident.followUp?.date.daysSinceEpoch
        if let heldDay, heldDay <= dueDay {
            self = .onTime
        } else if heldDay == nil, asOfDay <= dueDay {
            self = .pending
        } else {
            self = .late(.init(
                incident: incident.id, time: incident.time,
                dueDate: CalendarDate(daysSinceEpoch: dueDay), heldOn: incident.followUp?.date))
        }
    }
}
