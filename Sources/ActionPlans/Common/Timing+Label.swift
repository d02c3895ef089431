public import DocumentTree
import ForebygCore

extension Timing {
    /// The timing as written in a document: "17.02.2026", "ugentligt", "3 x dagligt" or the free text.
    public func label(in language: Language) -> String {
        let strings = ActionPlansStrings.for(language)
        switch self {
        case .date(let date): return date.formatted(in: language)
        case .period(let start, let end): return PlanPeriod(start: start, end: end).formatted(in: language)
        case .every(let interval): return strings.intervalLabel(interval)
        case .timesPer(let count, let interval): return "\(count) \(strings.timesWord) \(strings.intervalLabel(interval))"
        case .text(let text): return text
        }
    }
}

extension Timing.Interval {
    /// The label a document or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        ActionPlansStrings.for(language).intervals(self)
    }
}
