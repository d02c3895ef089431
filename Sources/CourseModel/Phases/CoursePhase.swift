public import DocumentTree
public import ForebygCore

/// One of the four phases of the course (seed 000, "De 4 faser"); about 6 months in all.
public enum CoursePhase: Int, CaseIterable, Codable, Sendable, Comparable, Numbered {
    /// Fase 1, *Forberedelse* (preparation): about 1 week.
    case preparation = 1
    /// Fase 2, *Opstart* (start-up): about 1 month.
    case startup
    /// Fase 3, *Drøftelse, beslutning og implementering* (discussion, decision and
    /// implementation): about 4½–5 months in the seed.
    case discussion
    /// Fase 4, *Afslutning* (conclusion): 1 day.
    case conclusion

    /// The phase's name as the seed writes it, in Danish (for example "Forberedelse").
    public var danishName: String {
        switch self {
        case .preparation: "Forberedelse"
        case .startup: "Opstart"
        case .discussion: "Drøftelse, beslutning og implementering"
        case .conclusion: "Afslutning"
        }
    }

    /// "Fase 1. Forberedelse" in Danish, "Phase 1. Preparation" in English.
    public func title(in language: Language) -> String {
        let strings = CourseModelStrings.for(language)
        return "\(strings.phase) \(number). \(strings.phaseNames[rawValue - 1])"
    }
}
