public import ForebygCore

/// The course of a citizen's affect through an episode, with the citizen's own *kaoslinje*:
/// the level of affect above which the citizen loses self-control and cooperation is not possible.
public struct AffectCurve: Hashable, Sendable, Codable {
    /// One reading of the curve.
    public struct Point: Hashable, Sendable, Codable {
        /// When.
        public var time: LocalDateTime
        /// The intensity of affect, 0 (calm) to 10.
        public var intensity: Double

        /// Creates a point.
        public init(time: LocalDateTime, intensity: Double) {
            self.time = time
            self.intensity = intensity
        }
    }

    /// The citizen's kaoslinje on the same 0–10 scale.
    public var chaosLine: Double
    /// The readings, in time order.
    public var points: [Point]

    /// Creates an affect curve.
    public init(chaosLine: Double, points: [Point]) {
        self.chaosLine = chaosLine
        self.points = points
    }

    /// Checks that values are within 0–10 and the points in time order.
    public func validate(at path: FieldPath) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if !Self.isOnScale(chaosLine) {
            diagnostics.append(.error("affect.outOfRange", at: path.key("chaosLine"), "the kaoslinje is a number from 0 to 10"))
        }
        for (index, point) in points.enumerated() {
            let pointPath = path.key("points").index(index)
            if !Self.isOnScale(point.intensity) {
                diagnostics.append(.error("affect.outOfRange", at: pointPath.key("intensity"), "an intensity is a number from 0 to 10"))
            }
            if index > 0, point.time < points[index - 1].time {
                diagnostics.append(.error("affect.outOfOrder", at: pointPath.key("time"), "the curve's points must be in time order"))
            }
        }
        return diagnostics
    }

    private static func isOnScale(_ value: Double) -> Bool {
        value.isFinite && (0...10).contains(value)
    }
}
