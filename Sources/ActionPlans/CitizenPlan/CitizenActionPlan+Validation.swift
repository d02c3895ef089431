public import ForebygCore

extension CitizenActionPlan {
    /// Checks the plan.
    ///
    /// Errors: a measure with neither name nor description (`citizen.unnamedMeasure`), two
    /// measures with one id (`plan.duplicateID`), a measure without anyone responsible, counting
    /// the plan's ``overallResponsible`` (`plan.noResponsible`), a deadline before the plan's
    /// start (`plan.deadlineBeforeStart`), a snapshot dated after ``asOf`` (`plan.statusAfterAsOf`),
    /// a status entry for an unknown measure (`citizen.unknownMeasure`). Warnings: snapshots out
    /// of date order (`plan.snapshotOrder`), an evaluation overdue as of the plan's date
    /// (`citizen.evaluationOverdue`). Unknown status words never get this far: they fail decoding.
    /// Then the method's ``findings(asOf:)`` as of ``effectiveAsOf``, when the plan has that day.
    public func validate() -> [Diagnostic] {
        structuralDiagnostics() + (effectiveAsOf.map { findings(asOf: $0) } ?? [])
    }

    /// The checks of ``validate()``, with the findings measured as of `date`.
    public func validate(asOf date: CalendarDate) -> [Diagnostic] {
        structuralDiagnostics() + findings(asOf: date)
    }

    /// The method's findings as of a day, as warnings: every measure whose deadline has passed
    /// while its status is not settled (`finding.plan.measureOverdue`, at the measure's deadline).
    public func findings(asOf date: CalendarDate) -> [Diagnostic] {
        let paths = tracks.indices.flatMap { track in
            tracks[track].measures.indices.map { FieldPath.root.key("tracks").index(track).key("measures").index($0) }
        }
        return overdueFindings(asOf: date) { paths[$0] }
    }

    private func structuralDiagnostics() -> [Diagnostic] {
        measureDiagnostics() + snapshotDiagnostics() + evaluationDiagnostics()
    }

    private func measureDiagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<MeasureID> = []
        for (trackIndex, track) in tracks.enumerated() {
            for (index, measure) in track.measures.enumerated() {
                let path = FieldPath.root.key("tracks").index(trackIndex).key("measures").index(index)
                if measure.name == nil, measure.description == nil {
                    diagnostics.append(.error(.citizenUnnamedMeasure, at: path, "a measure needs a name or a description"))
                }
                if let idDiagnostic = PlanRules.identifierDiagnostic(measure.id, at: path.key("id")) { diagnostics.append(idDiagnostic) }
                if !seen.insert(measure.id).inserted {
                    diagnostics.append(.error(.planDuplicateID, at: path.key("id"), "another measure has the id \"\(measure.id)\""))
                }
                diagnostics += PlanRules.responsibleDiagnostics(responsible(for: measure), at: path.key("responsible"))
                if let start, let deadline = measure.deadline, deadline < start {
                    diagnostics.append(.error(
                        .planDeadlineBeforeStart, at: path.key("deadline"), "the deadline \(deadline) is before the plan's start \(start)"))
                }
            }
        }
        return diagnostics
    }

    private func snapshotDiagnostics() -> [Diagnostic] {
        let known = Set(measures.map(\.id))
        var diagnostics: [Diagnostic] = []
        for (index, snapshot) in statusSnapshots.enumerated() {
            let path = FieldPath.root.key("statusSnapshots").index(index)
            if let asOf, snapshot.date > asOf {
                diagnostics.append(.error(
                    .planStatusAfterAsOf, at: path.key("date"), "the status is dated \(snapshot.date), after the plan's date \(asOf)"))
            }
            if index > 0, snapshot.date < statusSnapshots[index - 1].date {
                diagnostics.append(.warning(.planSnapshotOrder, at: path.key("date"), "snapshots should be in date order, oldest first"))
            }
            for (entryIndex, entry) in snapshot.entries.enumerated() where !known.contains(entry.measure) {
                diagnostics.append(.error(
                    .citizenUnknownMeasure, at: path.key("entries").index(entryIndex).key("measure"),
                    "no measure has the id \"\(entry.measure)\""))
            }
        }
        return diagnostics
    }

    private func evaluationDiagnostics() -> [Diagnostic] {
        guard let nextEvaluation, let date = effectiveAsOf, nextEvaluation < date else { return [] }
        return [.warning(
            .citizenEvaluationOverdue, at: FieldPath.root.key("nextEvaluation"),
            "the evaluation due \(nextEvaluation) is overdue as of \(date)")]
    }
}

extension CitizenActionPlan: MeasureTracking {
    /// The measures with their effective responsible and their entries from every snapshot.
    public var trackedMeasures: [TrackedMeasure] {
        measures.map { measure in
            TrackedMeasure(
                id: measure.id, title: measure.title, responsible: responsible(for: measure), deadline: measure.deadline,
                statusHistory: statusHistory(of: measure.id))
        }
    }

    /// A measure's entries from every snapshot, oldest snapshot first.
    public func statusHistory(of measure: MeasureID) -> [StatusEntry] {
        statusSnapshots.flatMap { snapshot in
            snapshot.entries.filter { $0.measure == measure }.map { entry in
                StatusEntry(date: snapshot.date, status: entry.status, note: entry.note)
            }
        }
    }
}
