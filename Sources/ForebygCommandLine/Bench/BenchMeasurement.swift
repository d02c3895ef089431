/// One timed run of the benchmark: how many documents, how many bytes, how long.
struct BenchMeasurement: Sendable {
    /// The number of documents processed at once.
    let jobs: Int
    /// The documents processed.
    let documents: Int
    /// The bytes of output produced.
    let bytes: Int
    /// The time taken (the fastest of the runs).
    let duration: Duration

    /// Documents per second.
    var documentsPerSecond: Double { Double(documents) / duration.seconds }
    /// Megabytes (10⁶ bytes) of output per second.
    var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / duration.seconds }

    /// `  jobs 2:  3512 documents/s,  27.4 MB/s  (2.85 s)  speed-up 1.86×`.
    func line(comparedWith baseline: BenchMeasurement?) -> String {
        var line = "  jobs \(jobs): \(BatchSummary.decimal(documentsPerSecond, places: 0)) documents/s, "
            + "\(BatchSummary.decimal(megabytesPerSecond, places: 1)) MB/s (\(BatchSummary.seconds(duration)))"
        if let baseline, baseline.jobs != jobs {
            line += ", speed-up \(BatchSummary.decimal(baseline.duration.seconds / duration.seconds, places: 2))× over jobs \(baseline.jobs)"
        }
        return line
    }

    /// Times `body` `runs` times and keeps the fastest run (the least disturbed by other load).
    static func fastest(of runs: Int, jobs: Int, _ body: () -> (documents: Int, bytes: Int)) -> BenchMeasurement {
        let clock = ContinuousClock()
        var best: BenchMeasurement?
        for _ in 0..<max(1, runs) {
            let start = clock.now
            let (documents, bytes) = body()
            let measurement = BenchMeasurement(jobs: jobs, documents: documents, bytes: bytes, duration: clock.now - start)
            if measurement.duration < best?.duration ?? .seconds(Int64.max) { best = measurement }
        }
        return best!
    }
}
