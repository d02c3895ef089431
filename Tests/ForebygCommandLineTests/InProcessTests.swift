import ForebygCore
import ForebygDocuments
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

    @Test func readsStandardInputOnce() {
        let capture = CapturingConsole(input: .init("{}".utf8))
        let status = ForebygCommandLine.run(["validate", "-", "-"], console: capture.console)
        #expect(status == .inputsFailed)
        #expect(capture.standardOutput == "-: error at $.type: required member is missing: every document needs \"type\" (a string) and \"version\" (a whole number) (input.unknownDocumentType)\n")
    }
}
