public import DocumentTree
public import ForebygCore

/// The direction of a series' daily maxima: the mean of the later half of the days against the earlier half.
///
/// With an odd number of days the middle day belongs to neither half. Two days or more are needed.
public struct BVCTrend: Hashable, Sendable {
    /// Which way the scores go.
    public enum Direction: String, Hashable, Sendable, CaseIterable {
        /// The later days' maxima are higher on average.
        case rising
        /// The means are equal.
        case stable
        /// The later days' maxima are lower on average.
        case falling
    }

    /// The mean daily maximum of the earlier half of the days.
    public var earlierMean: Double
    /// The mean daily maximum of the later half of the days.
    public var laterMean: Double

    /// Creates a trend from the two means.
    public init(earlierMean: Double, laterMean: Double) {
        self.earlierMean = earlierMean
        self.laterMean = laterMean
    }

    /// The direction.
    public var direction: Direction {
        if laterMean > earlierMean { return .rising }
        if laterMean < earlierMean { return .falling }
        return .stable
    }

    /// The trend of a sequence of daily maxima in date order, or `nil` for fewer than two days.
    public init?(dailyMaxima: [BVCDailyMaximum]) {
        let half = dailyMaxima.count / 2
        guard half > 0 else { return nil }
        let earlier = dailyMaxima.prefix(half).map { Double($0.maximum) }
        let later = dailyMaxima.suffix(half).map { Double($0.maximum) }
        self.init(earlierMean: earlier.reduce(0, +) / Double(half), laterMean: later.reduce(0, +) / Double(half))
    }
}

extension BVCTrend.Direction: Labelled {
    /// The label a document or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        RiskToolsStrings.for(language).trendDirection(self)
    }
}
