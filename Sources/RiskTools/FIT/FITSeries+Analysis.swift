public import ForebygCore

extension FITSeries {
    /// One session's totals and their change since the previous session with the same scale.
    public struct Summary: Hashable, Sendable {
        /// The day of the session.
        public var date: CalendarDate
        /// The ORS total, if the ORS was given.
        public var orsTotal: Double?
        /// The ORS total minus the previous ORS total, if both exist.
        public var orsChange: Double?
        /// The SRS total, if the SRS was given.
        public var srsTotal: Double?
        /// The SRS total minus the previous SRS total, if both exist.
        public var srsChange: Double?
    }

    /// Totals and changes per session, in date order.
    public var summaries: [Summary] {
        var lastORS: Double?, lastSRS: Double?
        return sessions.sorted { $0.date < $1.date }.map { session in
            let ors = session.ors?.total, srs = session.srs?.total
            let summary = Summary(
                date: session.date, orsTotal: ors, orsChange: Self.change(from: lastORS, to: ors),
                srsTotal: srs, srsChange: Self.change(from: lastSRS, to: srs))
            lastORS = ors ?? lastORS
            lastSRS = srs ?? lastSRS
            return summary
        }
    }

    /// Whether an ORS total is below the clinical cutoff for this citizen.
    public func isClinical(orsTotal: Double) -> Bool {
        orsTotal < orsCutoff
    }

    /// Whether an SRS total signals a strained alliance.
    public func isAllianceStrained(srsTotal: Double) -> Bool {
        srsTotal < effectiveCutoffs.srsAlliance
    }

    private static func change(from previous: Double?, to current: Double?) -> Double? {
        guard let previous, let current else { return nil }
        return ((current - previous) * 100).rounded() / 100
    }
}
