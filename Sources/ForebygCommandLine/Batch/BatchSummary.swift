import ForebygCore
import ForebygDocuments

/// The one line every batch ends with: documents, formats, files written, errors, seconds.
struct BatchSummary: Sendable {
    /// What was done, for example `rendered`.
    let verb: String
    /// The outcomes, `nil` for inputs not started.
    let outcomes: [FileOutcome?]
    /// The formats written.
    let formats: [OutputFormat]
    /// The time the batch took.
    let duration: Duration

    /// `rendered 11 of 12 documents in 3 formats (md, html, csv): 40 files written (1.2 MB), 1 failed, 2 warnings, 0.42 s`.
    var line: String {
        let done = outcomes.compactMap { $0 }
        let failed = done.filter(\.failed).count
        let files = done.reduce(0) { $0 + $1.writtenPaths.count }
        let bytes = done.reduce(0) { $0 + $1.bytesWritten }
        let warnings = done.reduce(0) { $0 + $1.diagnostics.warnings.count }
        let skipped = outcomes.count - done.count
        let formatNames = formats.map(\.rawValue).joined(separator: ", ")
        var parts = [
            "\(verb) \(done.count - failed) of \(outcomes.count) documents in \(Self.counted(formats.count, "format")) (\(formatNames)): \(Self.counted(files, "file")) written (\(Self.megabytes(bytes)))",
            "\(failed) failed",
        ]
        if skipped > 0 { parts.append("\(skipped) not started (--fail-fast)") }
        parts.append(Self.counted(warnings, "warning"))
        parts.append(Self.seconds(duration))
        return parts.joined(separator: ", ")
    }

    /// `1 warning`, `2 warnings`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// `1.2 MB`, with one decimal.
    static func megabytes(_ bytes: Int) -> String {
        "\(decimal(Double(bytes) / 1_000_000, places: 1)) MB"
    }

    /// `0.42 s`.
    static func seconds(_ duration: Duration) -> String {
        "\(decimal(duration.seconds, places: 2)) s"
    }

    /// A number with a fixed count of decimals, without Foundation's formatters.
    static func decimal(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale), fraction = String(scaled % Int(scale))
        guard places > 0 else { return String(whole) }
        return "\(whole)." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
