public import DocumentTree
public import ForebygCore

/// The published FIT cutoffs, configurable. Defaults: ORS clinical cutoff 25 for adults and 32
/// for children (a total below it is in the clinical range); SRS below 36 signals a strained alliance.
///
/// Sources: Miller & Duncan's ORS/SRS manuals and the norms cited in Bargmann et al. (2017),
/// *Feedback Informed Treatment – En grundbog*. In JSON: `{"orsAdult": 25, "orsChild": 32, "srsAlliance": 36}`.
public struct FITCutoffs: Hashable, Sendable, Codable {
    /// The ORS clinical cutoff for adults (default 25).
    public var orsAdult: Double
    /// The ORS clinical cutoff for children (default 32).
    public var orsChild: Double
    /// The SRS total below which the alliance is strained (default 36).
    public var srsAlliance: Double

    /// The defaults.
    public static let standard = FITCutoffs(orsAdult: 25, orsChild: 32, srsAlliance: 36)

    /// Creates cutoffs.
    public init(orsAdult: Double, orsChild: Double, srsAlliance: Double) {
        self.orsAdult = orsAdult
        self.orsChild = orsChild
        self.srsAlliance = srsAlliance
    }

    /// The ORS cutoff for a population.
    public func ors(for population: FITPopulation) -> Double {
        population == .adult ? orsAdult : orsChild
    }

    /// Whether every cutoff is a total from 0 to 40.
    public var isConsistent: Bool {
        diagnostics(at: .root).isEmpty
    }

    /// A cutoff, 0–40: a total of four marks of 0–10.
    public static let bounds = NumberBounds("cutoff", 0...40, because: "a total of four marks of 0–10", code: .fitCutoffsOutOfRange)

    /// Errors for each cutoff that is not finite or outside ``bounds``.
    public func diagnostics(at path: FieldPath) -> [Diagnostic] {
        [("orsAdult", orsAdult), ("orsChild", orsChild), ("srsAlliance", srsAlliance)].compactMap { name, value in
            Self.bounds.check(value, at: path.key(name))
        }
    }
}

/// Whose ORS norms apply.
public enum FITPopulation: String, CaseIterable, Codable, Sendable {
    /// Adults (ORS cutoff 25 by default).
    case adult
    /// Children (ORS cutoff 32 by default).
    case child
}

extension FITPopulation: Labelled {
    /// The label a document or a screen shows, in the given language ("voksen", "barn").
    public func label(in language: Language) -> String {
        RiskToolsStrings.for(language).populationLabel(self)
    }
}
