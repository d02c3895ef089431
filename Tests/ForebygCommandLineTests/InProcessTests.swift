#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import ForebygDocuments
import Foundation
import RiskTools
import Testing
@testable import ForebygCommandLine

/// Runs the tool's entry function in the test process, with captured streams.
@Suite struct InProcessTests {
    private func run(_ arguments: [String]) -> (ExitCode, CapturingConsole) {
        let capture = CapturingConsole()
        return (ForebygCommandLine.run(arguments, console: capture.console), capture)
    }

    @Test func listsEveryRegisteredDocumentType() {
        let (status, capture) = run(["schema", "--list"])
        #expect(status == .success)
        let types = capture.standardOutput.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
        #expect(types == DocumentRegistry.standard.documentTypes)
        #expect(types.count >= 10)
        #expect(types.contains("course-configuration"))
    }

    @Test func everySubcommandHasHelpNamingItsOptions() {
        for command in ForebygCommandLine.subcommands {
            let (status, capture) = run([command.name, "--help"])
            #expect(status == .success)
            #expect(capture.standardOutput.hasPrefix("Usage: forebyg \(command.name)"))
            for option in command.options {
                #expect(capture.standardOutput.contains("--\(option.name)"), "\(command.name) --help lacks --\(option.name)")
            }
        }
    }

    @Test func helpSubcommandShowsASubcommandsHelp() {
        let (status, capture) = run(["help", "course"])
        #expect(status == .success)
        #expect(capture.standardOutput.contains("--start-time HH:MM"))
    }

    @Test func everyRegisteredTypeHasAnExampleThatValidatesWithoutErrors() {
        for example in ExampleCatalog.all {
            #expect(!example.document.validate().containsErrors, "\(example.name) has errors")
        }
        let exampleTypes = Set(ExampleCatalog.all.map { type(of: $0.document).documentType })
        #expect(exampleTypes.isSubset(of: Set(DocumentRegistry.standard.documentTypes)))
    }

    @Test func validateJSONListsExactlyTheRedDaysWithoutBVC() throws {
        let json = try DocumentCodec.encode(RiskExamples.mestringsskema)
        let capture = CapturingConsole(input: json)
        #expect(ForebygCommandLine.run(["validate", "-", "--json"], console: capture.console) == .success)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(capture.standardOutput.utf8)) as? [[String: String]])
        let redDays = records.filter { $0["code"] == "finding.mestringsskema.redLevelWithoutBVC" }
        // 11, 17, 18 and 19 March: the red days (levels 1 and 2) of the example without a BVC scoring.
        #expect(redDays.map { $0["path"] } == ["$.log[10].level", "$.log[16].level", "$.log[17].level", "$.log[18].level"])
        #expect(redDays.allSatisfy { $0["severity"] == "warning" && $0["file"] == "-" })
        #expect(records.map { $0["code"] } == Array(repeating: "finding.mestringsskema.redLevelWithoutBVC", count: 4) + ["finding.mestringsskema.reviewOverdue"])
    }

    @Test func validateAsOfMeasuresTheFindingsOnThatDay() throws {
        let capture = CapturingConsole(input: try DocumentCodec.encode(RiskExamples.mestringsskema))
        #expect(ForebygCommandLine.run(["validate", "-", "--as-of", "2026-03-12"], console: capture.console) == .success)
        #expect(capture.standardOutput.split(separator: "\n").map { String($0.split(separator: " ")[3]) } == ["$.log[10].level:", "$.revisions[1].date:"])
        #expect(capture.standardOutput.contains("is 10 days overdue as of 2026-03-12"))
        let bad = CapturingConsole(input: try DocumentCodec.encode(RiskExamples.mestringsskema))
        #expect(ForebygCommandLine.run(["validate", "-", "--as-of", "12.03.2026"], console: bad.console) == .usageError)
    }

    @Test func readsStandardInputOnce() {
        let capture = CapturingConsole(input: .init("{}".utf8))
        let status = ForebygCommandLine.run(["validate", "-", "-"], console: capture.console)
        #expect(status == .inputsFailed)
        #expect(capture.standardOutput == "-: error at $.type: required member is missing: every document needs \"type\" (a string) and \"version\" (a whole number) (input.unknownDocumentType)\n")
    }
}
