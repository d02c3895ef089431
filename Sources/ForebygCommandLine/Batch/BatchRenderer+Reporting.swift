import ForebygDocuments

extension BatchRenderer {
    /// Runs the batch, prints each input's diagnostics on standard error as it finishes (in
    /// input order) and the summary line at the end, and returns 1 if any input failed.
    func runReporting(_ inputs: [InputFile], console: Console) -> ExitCode {
        let clock = ContinuousClock()
        let start = clock.now
        let progress = ProgressReporter(console: console, total: inputs.count, verb: "rendering")
        let outcomes = run(inputs, progress: progress) { outcome in
            let lines = outcome.reportLines
            guard !lines.isEmpty else { return }
            progress.finish()
            // One write for all of an input's lines: a large log can have a finding per incident.
            console.printError(lines.joined(separator: "\n"))
        }
        let summary = BatchSummary(verb: "rendered", outcomes: outcomes, formats: settings.formats, duration: clock.now - start)
        console.printError(summary.line + " → " + outputFolder)
        return outcomes.contains { $0?.failed ?? true } ? .inputsFailed : .success
    }
}
