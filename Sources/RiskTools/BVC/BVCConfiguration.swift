public import ForebygCore

/// A workplace's BVC settings: shift hours, band limits and when a citizen is *BVC-aktiv*.
///
/// Every member is optional in JSON; a missing member takes its default.
public struct BVCConfiguration: Hashable, Sendable {
    /// When the shifts start (default dag 07:00, aften 15:00, nat 23:00).
    public var shiftHours: ShiftHours
    /// The band limits (default 0 small, 1–2 moderate, 3–6 very high).
    public var bands: BVCBands
    /// The lowest score at which a citizen is *BVC-aktiv*, triggering the workplace's safety
    /// guidelines (default 1: any score above 0).
    public var activeFromScore: Int

    /// The defaults.
    public static let standard = BVCConfiguration()

    /// Creates a configuration; every argument has its default.
    public init(shiftHours: ShiftHours = .standard, bands: BVCBands = .standard, activeFromScore: Int = 1) {
        self.shiftHours = shiftHours
        self.bands = bands
        self.activeFromScore = activeFromScore
    }

    /// Whether a score makes the citizen *BVC-aktiv*.
    public func isActive(score: Int) -> Bool {
        score >= activeFromScore
    }

    /// The BVC-aktiv limit, 1–6: a BVC score is 0–6, and 0 would make every scoring active.
    public static let activeFromScoreBounds = IntegerBounds(
        "activeFromScore", 1...6, because: "a BVC score is 0–6", code: .bvcActiveFromScoreOutOfRange)

    /// Checks the settings: consistent shift hours and bands, and an active limit within 1–6.
    public func validate(at path: FieldPath) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if !shiftHours.isConsistent {
            diagnostics.append(.error(.bvcShiftHoursInconsistent, at: path.key("shiftHours"), "the shifts must start in the order day, evening, night, at different times"))
        }
        if !bands.isConsistent {
            diagnostics.append(.error(.bvcBandsInconsistent, at: path.key("bands"), "band limits must satisfy 1 ≤ moderateFrom < veryHighFrom ≤ 6"))
        }
        if let error = Self.activeFromScoreBounds.check(activeFromScore, at: path.key("activeFromScore")) {
            diagnostics.append(error)
        }
        return diagnostics
    }
}

extension BVCConfiguration: Codable {
    private enum CodingKeys: String, CodingKey {
        case shiftHours, bands, activeFromScore
    }

    /// Decodes the settings, taking the default for every missing member.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        shiftHours = try container.decode(.shiftHours, default: .standard)
        bands = try container.decode(.bands, default: .standard)
        activeFromScore = try container.decode(.activeFromScore, default: 1)
    }
}
