public import ForebygCore

extension Mestringsskema {
    /// Days between reviews, 1–366: the default is 28 (every four weeks); a year at most.
    public static let reviewIntervalDaysBounds = IntegerBounds(
        "reviewIntervalDays", 1...366, because: "reviewed every four weeks by default; a year at most", code: .mestringsskemaReviewInterval)

    /// Checks the structure: at least one revision, revisions in date order with each level at
    /// most once (a missing level is a warning), one log entry per day, and BVC scorings of this
    /// citizen; then the method's ``findings(asOf:bvc:)`` as of ``lastRecordedDate``.
    public func validate() -> [Diagnostic] {
        structuralDiagnostics() + (lastRecordedDate.map { findings(asOf: $0) } ?? [])
    }

    /// The structural checks of ``validate()``, then the method's findings as of `date`.
    public func validate(asOf date: CalendarDate) -> [Diagnostic] {
        structuralDiagnostics() + findings(asOf: date)
    }

    private func structuralDiagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if revisions.isEmpty {
            diagnostics.append(.error(.mestringsskemaNoRevision, at: FieldPath.root.key("revisions"), "a Mestringsskema needs at least one dated version"))
        }
        for (index, revision) in revisions.enumerated() {
            diagnostics += check(revision, at: FieldPath.root.key("revisions").index(index))
            if index > 0, revision.date < revisions[index - 1].date {
                diagnostics.append(.error(.mestringsskemaRevisionsOutOfOrder, at: FieldPath.root.key("revisions").index(index).key("date"), "revisions must be in date order, oldest first"))
            }
        }
        for index in log.indicesRepeating(\.date) {
            diagnostics.append(.error(.mestringsskemaDuplicateDay, at: FieldPath.root.key("log").index(index).key("date"), "a second level for \(log[index].date): the level is assessed once a day"))
        }
        let settings = bvcConfiguration ?? .standard
        diagnostics += settings.validate(at: FieldPath.root.key("bvcConfiguration"))
        for (index, assessment) in (bvcAssessments ?? []).enumerated() {
            let path = FieldPath.root.key("bvcAssessments").index(index)
            if assessment.citizen != citizen {
                diagnostics.append(.error(.bvcOtherCitizen, at: path.key("citizen"), "the assessment is of \"\(assessment.citizen)\", not of \"\(citizen)\""))
            }
            diagnostics += assessment.validate(in: settings, at: path)
        }
        if let error = Self.reviewIntervalDaysBounds.check(reviewIntervalDays, at: FieldPath.root.key("reviewIntervalDays")) {
            diagnostics.append(error)
        }
        return diagnostics
    }

    private func check(_ revision: MestringsskemaRevision, at path: FieldPath) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<CopingLevel> = []
        for (index, description) in revision.levels.enumerated() where !seen.insert(description.level).inserted {
            diagnostics.append(.error(.mestringsskemaDuplicateLevel, at: path.key("levels").index(index).key("level"), "level \(description.level.number) is described twice"))
        }
        for level in CopingLevel.allCases where !seen.contains(level) {
            diagnostics.append(.warning(.mestringsskemaMissingLevel, at: path.key("levels"), "level \(level.number) is not described"))
        }
        return diagnostics
    }
}
