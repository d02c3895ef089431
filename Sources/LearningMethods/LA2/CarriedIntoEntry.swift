public import ForebygCore

/// A piece of learning from a læringsplan carried into the citizen's trivselsplan or tryghedsplan.
///
/// The seed: "Den læring, I får gennem samtalen, bruges også som input til borgerens trivsels-
/// og/eller tryghedsplan." Each entry says where the learning goes, so the three plans
/// visibly feed each other.
public struct CarriedIntoEntry: Codable, Hashable, Sendable {
    /// The plan the learning goes into: ``LA2PlanKind/wellBeing`` or ``LA2PlanKind/safety``.
    public var plan: LA2PlanKind
    /// The section of that plan.
    public var section: LA2Section
    /// The phase, for the tryghedsplan's per-phase sections; `nil` otherwise.
    public var phase: EpisodePhase?
    /// The entry as written into the plan.
    public var text: String
    /// The day it was written into the plan, if it has been.
    public var carriedOn: CalendarDate?

    /// Creates an entry.
    public init(plan: LA2PlanKind, section: LA2Section, phase: EpisodePhase? = nil, text: String, carriedOn: CalendarDate? = nil) {
        self.plan = plan
        self.section = section
        self.phase = phase
        self.text = text
        self.carriedOn = carriedOn
    }
}

extension CarriedIntoEntry {
    /// Checks that the entry names a section that exists in its plan, with a phase exactly when
    /// the section is kept per phase, and has text.
    func validate(at path: FieldPath) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if !section.belongs(to: plan) {
            diagnostics.append(.error(.la2CarriedIntoUnknownSection, at: path.key("section"),
                "a \(plan.rawValue) plan has no section \"\(section.rawValue)\"; learning goes into the well-being or safety plan"))
        }
        let needsPhase = plan == .safety && section.isPerPhase
        if needsPhase != (phase != nil) {
            diagnostics.append(.error(.la2CarriedIntoPhase, at: path.key("phase"),
                needsPhase ? "the safety plan keeps \"\(section.rawValue)\" per phase: name the phase"
                    : "only the safety plan's per-phase sections take a phase"))
        }
        if text.isEmpty {
            diagnostics.append(.error(.la2CarriedIntoEmpty, at: path.key("text"), "say what is carried into the plan"))
        }
        return diagnostics
    }
}
