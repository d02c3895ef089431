extension IncidentLog {
    /// The analysis of the log's own ``period``.
    public func analysis() -> IncidentAnalysisResult {
        analysis(of: period)
    }

    /// The analysis of a period, compared with the period of the same length before it.
    ///
    /// One pass over the incidents, in time linear in their number: fixed keys (categories,
    /// hours, shifts, weekdays, months, levels) index arrays, and only free-text keys
    /// (locations, citizens, professional groups) go through dictionaries. Repeats are found
    /// by sorting each key's days, which is linear for a log in time order.
    public func analysis(of period: AnalysisPeriod) -> IncidentAnalysisResult {
        var accumulator = IncidentAccumulator(
            period: period, analysisDate: analysisDate, schedule: shiftSchedule,
            parameters: effectiveParameters, declaredLocations: locations ?? [])
        for incident in incidents {
            accumulator.add(incident)
        }
        return accumulator.result()
    }
}
