import ForebygDocuments

extension BatchRenderer {
    /// Runs the batch, prints every diagnostic in input order and the summary line on
    /// standard error, and returns 1 if any input failed.
    func runReporting(_ inputs: [InputFile], console: Console) -> ExitCode {
        let clock = ContinuousClock()
        let start = clock.now
        let outcomes = run(inputs, progress: ProgressReporter(console: console, total: inputs.count, verb: "rendering"))
        for outcome in outcomes.compactMap({ $0 }) {
            outcome.reportLines.forEach(console.printError)
        }
        let summary = BatchSummary(verb: "rendered", outcomes: outcomes, formats: settings.formats, duration: clock.now - start)
        console.printError(summary.line + " → " + outputFolder)
        return outcomes.contains { $0?.failed ?? true } ? .inputsFailed : .success
    }
}
