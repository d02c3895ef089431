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
        if let error = Self.chaosLineBounds.check(chaosLine, at: path.key("chaosLine")) {
            diagnostics.append(error)
        }
        for (index, point) in points.enumerated() {
            let pointPath = path.key("points").index(index)
            if let error = Self.intensityBounds.check(point.intensity, at: pointPath.key("intensity")) {
                diagnostics.append(error)
            }
            if index > 0, point.time < points[index - 1].time {
                diagnostics.append(.error(.affectOutOfOrder, at: pointPath.key("time"), "the curve's points must be in time order"))
            }
        }
        return diagnostics
    }

    /// The kaoslinje, 0–10: the affektudbrudsmodel draws intensity on a scale of 0 to 10.
    public static let chaosLineBounds = NumberBounds("chaosLine", 0...10, because: "the model's scale is 0 to 10", code: .affectOutOfRange)
    /// A point's intensity, 0–10: the affektudbrudsmodel draws intensity on a scale of 0 to 10.
    public static let intensityBounds = NumberBounds("intensity", 0...10, because: "the model's scale is 0 to 10", code: .affectOutOfRange)
}
