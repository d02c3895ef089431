// Analyses a million synthetic incidents and prints the time and memory of generation and analysis.
// Built and run by run.sh in release mode.
import IncidentAnalysis

#if canImport(Glibc)
import Glibc
#endif

/// The process's peak resident memory so far, in megabytes (Linux; 0 elsewhere).
func peakResidentMegabytes() -> Int {
    #if canImport(Glibc)
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss / 1024
    #else
    return 0
    #endif
}

let count = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 1_000_000 : 1_000_000
let clock = ContinuousClock()
let baseline = peakResidentMegabytes()
var log: IncidentLog?
let generation = clock.measure { log = SyntheticIncidents.log(count: count, seed: 42) }
let afterGeneration = peakResidentMegabytes()
print("incidents: \(count)")
print("generation: \(generation), peak RSS \(afterGeneration) MB (baseline \(baseline) MB)")
for run in 1...3 {
    var analysis: IncidentAnalysisResult?
    let duration = clock.measure { analysis = log!.analysis() }
    print("analysis run \(run): \(duration), in period \(analysis!.total), repeats \(analysis!.repeats.count), late follow-ups \(analysis!.followUp.late.count)")
}
let afterAnalysis = peakResidentMegabytes()
print("peak RSS after analysis \(afterAnalysis) MB: the analysis added \(afterAnalysis - afterGeneration) MB above generation's peak")
