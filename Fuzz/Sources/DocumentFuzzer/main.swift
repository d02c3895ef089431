import FuzzerDriver
import Foundation

// With FOREBYG_FUZZ_SEEDS=<folder>, writes the seed corpus there and stops; otherwise runs
// libFuzzer with the program's arguments (see Documentation/Fuzzing.md).
if let folder = ProcessInfo.processInfo.environment["FOREBYG_FUZZ_SEEDS"] {
    do {
        try SeedCorpus.write(to: URL(fileURLWithPath: folder, isDirectory: true))
        print("document-fuzzer: \(SeedCorpus.seeds.count) seeds in \(folder)")
    } catch {
        print("document-fuzzer: cannot write the seeds: \(error)")
        exit(1)
    }
    exit(0)
}
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { start, count in testOneInput(start, count) })
