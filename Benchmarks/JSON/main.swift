// Decoding speed of the package's JSON reader against Foundation's JSONDecoder, on the same
// files in memory, side by side in one run. Built and run by run.sh in release mode.
//   json-benchmark decode PLANS_DIR INCIDENT_LOG [RUNS]
//   json-benchmark generate-incidents COUNT PATH
import ActionPlans
import Foundation
import ForebygCore
import IncidentAnalysis

/// Times `body` `runs` times and returns the fastest run in seconds.
func fastest(_ runs: Int, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<runs {
        let start = clock.now
        body()
        let (seconds, attoseconds) = (clock.now - start).components
        best = min(best, Double(seconds) + Double(attoseconds) / 1e18)
    }
    return best
}

func format(_ value: Double, _ places: Int) -> String {
    String(format: "%.\(places)f", value)
}

/// Decodes every file with both readers and prints MB/s and the ratio.
func compare<Value: VersionedDocument>(_ label: String, _ type: Value.Type, files: [Data], runs: Int) {
    let bytes = Double(files.reduce(0) { $0 + $1.count })
    var failures = 0
    let ours = fastest(runs) {
        for file in files where (try? DocumentCodec.read(type, from: file)) == nil { failures += 1 }
    }
    let foundation = fastest(runs) {
        let decoder = JSONDecoder()
        for file in files where (try? decoder.decode(type, from: file)) == nil { failures += 1 }
    }
    let oursRate = bytes / 1e6 / ours, foundationRate = bytes / 1e6 / foundation
    print("\(label): \(files.count) files, \(format(bytes / 1e6, 1)) MB")
    print("  ForebygCore reader (parse once, header + body, unknown members): \(format(oursRate, 1)) MB/s (\(format(ours, 3)) s)")
    print("  Foundation JSONDecoder (body only):                              \(format(foundationRate, 1)) MB/s (\(format(foundation, 3)) s)")
    print("  ratio: \(format(oursRate / foundationRate, 2))× JSONDecoder\(failures > 0 ? ", \(failures) files failed" : "")")
}

/// The string values (not member names) of JSON texts, as UTF-8, read with `JSONSerialization`.
func stringValues(of files: [Data]) throws -> [[UInt8]] {
    var values: [[UInt8]] = []
    func collect(_ value: Any) {
        if let text = value as? String {
            values.append(Array(text.utf8))
        } else if let array = value as? [Any] {
            array.forEach(collect)
        } else if let object = value as? [String: Any] {
            object.values.forEach(collect)
        }
    }
    for file in files { collect(try JSONSerialization.jsonObject(with: file)) }
    return values
}

/// Times making a `String` of every string value of the files, as every reader that returns
/// the model's `String`s must, and prints it beside the two readers' times.
func stringFloor(of files: [Data], runs: Int) throws {
    let values = try stringValues(of: files)
    var bytes = 0
    let seconds = fastest(runs) {
        bytes = 0
        for value in values { bytes &+= String(decoding: value, as: UTF8.self).utf8.count }
    }
    print("  making the \(values.count) string values' Strings alone (\(format(Double(bytes) / 1e6, 1)) MB of UTF-8): \(format(seconds, 3)) s, a cost both readers share")
}

let arguments = CommandLine.arguments
switch arguments.dropFirst().first {
case "generate-incidents":
    let count = Int(arguments[2])!
    let data = try DocumentCodec.encode(SyntheticIncidents.log(count: count, seed: 42))
    guard FileManager.default.createFile(atPath: arguments[3], contents: data) else { fatalError("cannot write \(arguments[3])") }
    print("wrote \(count) incidents, \(format(Double(data.count) / 1e6, 1)) MB, to \(arguments[3])")
case "decode":
    let folder = arguments[2]
    let runs = arguments.count > 4 ? Int(arguments[4])! : 3
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
    let plans = try names.map { try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0)) }
    compare("peer plans (workplace-action-plan)", WorkplaceActionPlan.self, files: plans, runs: runs)
    try stringFloor(of: plans, runs: runs)
    let log = try Data(contentsOf: URL(fileURLWithPath: arguments[3]))
    compare("incident log", IncidentLog.self, files: [log], runs: max(1, runs - 2))
case "profile":
    // Only the package's reader, for a profiler: json-benchmark profile INCIDENT_LOG RUNS
    let log = try Data(contentsOf: URL(fileURLWithPath: arguments[2]))
    let runs = Int(arguments[3])!
    let parse = fastest(runs) { _ = try? ParsedJSON(log) }
    let read = fastest(runs) { _ = try? DocumentCodec.read(IncidentLog.self, from: log) }
    print("parse only: \(format(Double(log.count) / 1e6 / parse, 1)) MB/s; parse and decode: \(format(Double(log.count) / 1e6 / read, 1)) MB/s")
default:
    print("usage: json-benchmark decode PLANS_DIR INCIDENT_LOG [RUNS] | generate-incidents COUNT PATH")
}
