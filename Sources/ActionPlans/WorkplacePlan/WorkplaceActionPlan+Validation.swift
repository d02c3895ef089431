public import ForebygCore

extension WorkplaceActionPlan {
    /// Checks the plan.
    ///
    /// Errors: a row without anyone responsible (`plan.noResponsible`), a deadline before the
    /// plan's start (`plan.deadlineBeforeStart`), a status dated after the plan's ``asOf`` date
    /// (`plan.statusAfterAsOf`), a period that ends before it starts (`plan.periodReversed`), two
    /// rows with one id (`plan.duplicateID`), an empty id (`plan.emptyID`), a timing count outside
    /// 1–1000 (`plan.timingCountOutOfBounds`). Warnings: the next revision more than a year after
    /// adoption (`plan.revisionInterval`) and a revision overdue as of ``asOf``
    /// (`plan.revisionOverdue`) — seed 003 asks for a revision at least once a year. Then the
    /// method's ``findings(asOf:)`` as of ``asOf``, when the plan has that day.
    public func validate() -> [Diagnostic] {
        structuralDiagnostics() + (asOf.map { findings(asOf: $0) } ?? [])
    }

    /// The checks of ``validate()``, with the findings measured as of `date`.
    public func validate(asOf date: CalendarDate) -> [Diagnostic] {
        structuralDiagnostics() + findings(asOf: date)
    }

    /// The method's findings as of a day, as warnings: every row whose deadline has passed while
    /// its status is not settled (`finding.plan.measureOverdue`, at the row's deadline).
    public func findings(asOf date: CalendarDate) -> [Diagnostic] {
        overdueFindings(asOf: date, path: rowPath)
    }

    private func structuralDiagnostics() -> [Diagnostic] {
        periodDiagnostics() + revisionDiagnostics() + duplicateDiagnostics()
            + rows.indices.flatMap { rowDiagnostics(at: $0) }
    }

    private func periodDiagnostics() -> [Diagnostic] {
        guard let period, period.end < period.start else { return [] }
        return [.error(.planPeriodReversed, at: FieldPath.root.key("period").key("end"), "the period ends before it starts")]
    }

    private func revisionDiagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let due = nextRevision ?? adopted?.adding(months: 12)
        if let adopted, let nextRevision, nextRevision > adopted.adding(months: 12) {
            diagnostics.append(.warning(
                .planRevisionInterval, at: FieldPath.root.key("nextRevision"),
                "the next revision is more than a year after adoption; revise the plan at least once a year"))
        }
        if let asOf, let due, due < asOf {
            diagnostics.append(.warning(
                .planRevisionOverdue, at: FieldPath.root.key(nextRevision == nil ? "adopted" : "nextRevision"),
                "the revision due \(due) is overdue as of \(asOf)"))
        }
        return diagnostics
    }

    private func duplicateDiagnostics() -> [Diagnostic] {
        rows.indicesRepeating(\.id).map { index in
            .error(.planDuplicateID, at: rowPath(index).key("id"), "another row has the id \"\(rows[index].id)\"")
        }
    }

    private func rowDiagnostics(at index: Int) -> [Diagnostic] {
        let row = rows[index]
        var diagnostics = PlanRules.responsibleDiagnostics(row.responsible, at: rowPath(index).key("responsible"))
        if let start = period?.start, let deadline = row.deadline, deadline < start {
            diagnostics.append(.error(
                .planDeadlineBeforeStart, at: rowPath(index).key("deadline"),
                "the deadline \(deadline) is before the plan's start \(start)"))
        }
        diagnostics += PlanRules.statusDateDiagnostics(
            row.statusHistory, asOf: asOf, at: rowPath(index).key("statusHistory"))
        diagnostics += PlanRules.timingDiagnostics(row.timing, at: rowPath(index).key("timing"))
        if let idDiagnostic = PlanRules.identifierDiagnostic(row.id, at: rowPath(index).key("id")) { diagnostics.append(idDiagnostic) }
        return diagnostics
    }

    private func rowPath(_ index: Int) -> FieldPath {
        FieldPath.root.key("rows").index(index)
    }
}
