public import ForebygCore

extension EpisodeReflection {
    /// Checks the dates (an error before the episode, a warning sooner than the minimum), the
    /// question numbers, that each phase appears once and the affect curve.
    public func validate() -> [Diagnostic] {
        var diagnostics = checkDates()
        var seen: Set<AffectPhase> = []
        for (index, reflection) in phases.enumerated() {
            let path = FieldPath.root.key("phases").index(index)
            if !seen.insert(reflection.phase).inserted {
                diagnostics.append(.error(.episodeDuplicatePhase, at: path.key("phase"), "the phase \(reflection.phase.rawValue) appears twice"))
            }
            for (answerIndex, answer) in reflection.answers.enumerated() where !(1...reflection.phase.questions.count).contains(answer.question) {
                diagnostics.append(.error(.episodeUnknownQuestion, at: path.key("answers").index(answerIndex).key("question"), "the phase \(reflection.phase.rawValue) has questions 1 to \(reflection.phase.questions.count)"))
            }
        }
        if let affectCurve {
            diagnostics += affectCurve.validate(at: FieldPath.root.key("affectCurve"))
        }
        return diagnostics
    }

    /// A question's number, 1 to the most questions a phase has (6): each phase of the model has its own questions.
    public static let questionBounds = IntegerBounds(
        "question", 1...(AffectPhase.allCases.map(\.questions.count).max() ?? 1), because: "each phase has its own numbered questions",
        code: .episodeUnknownQuestion)

    /// Days to wait after the episode, 0–90: seed 002 advises some days or weeks.
    public static let minimumDaysBounds = IntegerBounds(
        "minimumDaysAfterEpisode", 0...90, because: "seed 002 advises waiting some days or weeks", code: .episodeMinimumDaysOutOfBounds)

    private func checkDates() -> [Diagnostic] {
        if let error = Self.minimumDaysBounds.check(minimumDaysAfterEpisode, at: FieldPath.root.key("minimumDaysAfterEpisode")) {
            return [error]
        }
        let days = episodeDate.days(until: reflectionDate)
        let path = FieldPath.root.key("reflectionDate")
        if days < 0 {
            return [.error(.episodeReflectionBeforeEpisode, at: path, "the reflection (\(reflectionDate)) is dated before the episode (\(episodeDate))")]
        }
        if days < effectiveMinimumDays {
            return [.warning(.episodeReflectionTooSoon, at: path, "the reflection is \(days) days after the episode; seed 002 advises waiting until feelings have settled, some days or weeks (at least \(effectiveMinimumDays) days)")]
        }
        return []
    }
}
