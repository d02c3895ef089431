public import ForebygCore

extension LA2Plan {
    /// The entries (for sections of this plan's kind) a læringsplan carries into this plan (matching its kind) that the plan does
    /// not hold yet.
    public func pendingEntries(from learningPlan: LA2Plan) -> [CarriedIntoEntry] {
        (learningPlan.learning?.carriedInto ?? []).filter { $0.plan == kind && $0.section.belongs(to: kind) && !contains($0) }
    }

    /// This plan with a læringsplan's pending entries written into their sections and a dated
    /// revision saying so: the way LA2's plans feed each other.
    public func incorporating(learningFrom learningPlan: LA2Plan, on date: CalendarDate, by author: PseudonymousReference? = nil) -> LA2Plan {
        let pending = pendingEntries(from: learningPlan)
        guard !pending.isEmpty else { return self }
        var plan = self
        for entry in pending {
            plan.append(entry)
        }
        plan.revisions.append(PlanRevision(date: date, by: author, note: "Læring fra læringsplanen ført ind (\(pending.count))"))
        return plan
    }

    private func contains(_ entry: CarriedIntoEntry) -> Bool {
        switch kind {
        case .wellBeing: (wellBeing ?? .init())[keyPath: Self.wellBeingPath(entry.section)].contains(entry.text)
        case .safety: (safety ?? .init())[keyPath: Self.safetyPath(entry.section, entry.phase ?? .during)].contains(entry.text)
        case .learning: false
        }
    }

    private mutating func append(_ entry: CarriedIntoEntry) {
        switch kind {
        case .wellBeing:
            var content = wellBeing ?? .init()
            content[keyPath: Self.wellBeingPath(entry.section)].append(entry.text)
            wellBeing = content
        case .safety:
            var content = safety ?? .init()
            content[keyPath: Self.safetyPath(entry.section, entry.phase ?? .during)].append(entry.text)
            safety = content
        case .learning: break
        }
    }

    private static func wellBeingPath(_ section: LA2Section) -> WritableKeyPath<WellBeingPlanContent, [String]> {
        switch section {
        case .signsOfWellBeing: \.signsOfWellBeing
        case .resources: \.resources
        case .signsOfStrain: \.signsOfStrain
        case .warningSigns: \.warningSigns
        case .ownCoping, .coping: \.ownCoping
        case .staffSupport, .triggers, .behaviour, .feelings: \.staffSupport
        }
    }

    private static func safetyPath(_ section: LA2Section, _ phase: EpisodePhase) -> WritableKeyPath<SafetyPlanContent, [String]> {
        let entry: WritableKeyPath<SafetyPlanContent, EpisodePhaseEntry> = switch phase {
        case .before: \.before
        case .during: \.during
        case .after: \.after
        }
        switch section {
        case .triggers: return \.triggers
        case .behaviour: return entry.appending(path: \.behaviour)
        case .feelings: return entry.appending(path: \.feelings)
        case .coping, .ownCoping: return entry.appending(path: \.coping)
        default: return entry.appending(path: \.staffSupport)
        }
    }
}
