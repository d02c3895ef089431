public import ForebygCore

extension WellbeingGroupPlan {
    /// Checks the plan.
    ///
    /// Errors: a member with neither name nor title (`wellbeing.emptyMember`), two activities with
    /// one id (`plan.duplicateID`), a deadline before the plan's start (`plan.deadlineBeforeStart`),
    /// a status dated after ``asOf`` (`plan.statusAfterAsOf`), a status entry with neither status nor
    /// note (`plan.emptyStatus`). Warnings: an activity without anyone responsible
    /// (`wellbeing.noResponsible` — seed 001 calls naming a member "en fordel", and its own example
    /// names one only in the first row), activities but no status meeting (`wellbeing.noStatusMeeting`).
    /// Then the method's ``findings(asOf:)`` as of ``asOf``, when the plan has that day.
    public func validate() -> [Diagnostic] {
        structuralDiagnostics() + (asOf.map { findings(asOf: $0) } ?? [])
    }

    /// The checks of ``validate()``, with the findings measured as of `date`.
    public func validate(asOf date: CalendarDate) -> [Diagnostic] {
        structuralDiagnostics() + findings(asOf: date)
    }

    /// The method's findings as of a day, as warnings: every activity whose deadline has passed
    /// while its status is not settled (`finding.plan.measureOverdue`, at the activity's deadline).
    public func findings(asOf date: CalendarDate) -> [Diagnostic] {
        overdueFindings(asOf: date, path: { FieldPath.root.key("activities").index($0) })
    }

    private func structuralDiagnostics() -> [Diagnostic] {
        memberDiagnostics() + activities.indices.flatMap { activityDiagnostics(at: $0) } + planDiagnostics()
    }

    private func memberDiagnostics() -> [Diagnostic] {
        members.indices.compactMap { index in
            members[index].name == nil && members[index].title == nil
                ? .error(.wellbeingEmptyMember, at: FieldPath.root.key("members").index(index), "a member needs a name or a title")
                : nil
        }
    }

    private func activityDiagnostics(at index: Int) -> [Diagnostic] {
        let activity = activities[index]
        let path = FieldPath.root.key("activities").index(index)
        var diagnostics: [Diagnostic] = []
        if activity.responsible.isEmpty, activity.kind == .activity {
            diagnostics.append(.warning(
                .wellbeingNoResponsible, at: path.key("responsible"),
                "no member is responsible for the activity; seed 001 recommends naming one"))
        }
        if let start, let deadline = activity.deadline, deadline < start {
            diagnostics.append(.error(
                .planDeadlineBeforeStart, at: path.key("deadline"), "the deadline \(deadline) is before the plan's start \(start)"))
        }
        diagnostics += PlanRules.timingDiagnostics(activity.timing, at: path.key("timing"))
        if let idDiagnostic = PlanRules.identifierDiagnostic(activity.id, at: path.key("id")) { diagnostics.append(idDiagnostic) }
        return diagnostics + PlanRules.statusDateDiagnostics(activity.statusHistory, asOf: asOf, at: path.key("statusHistory"))
    }

    private func planDiagnostics() -> [Diagnostic] {
        var diagnostics = activities.indicesRepeating(\.id).map { index -> Diagnostic in
            .error(
                .planDuplicateID, at: FieldPath.root.key("activities").index(index).key("id"),
                "another activity has the id \"\(activities[index].id)\"")
        }
        if !activities.isEmpty, statusMeetings.isEmpty {
            diagnostics.append(.warning(
                .wellbeingNoStatusMeeting, at: FieldPath.root.key("activities"),
                "the plan has no status meeting; seed 001 asks the group to agree when it meets for status"))
        }
        return diagnostics
    }
}

extension WellbeingGroupPlan: MeasureTracking {
    /// The activities as tracked measures, titled by their short description.
    public var trackedMeasures: [TrackedMeasure] {
        activities.map { activity in
            TrackedMeasure(
                id: activity.id, title: activity.activity, responsible: activity.responsible, deadline: activity.deadline,
                statusHistory: activity.statusHistory)
        }
    }
}
