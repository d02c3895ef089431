import Testing
@testable import IncidentAnalysis

/// The module's built-in examples; their fixtures and the schema are checked for every kind in
/// ForebygDocumentsTests (`RegistryRoundTripTests`, `RegistrySchemaTests`).
@Suite struct ExampleTests {
    @Test func examplesAreListedByName() {
        #expect(IncidentExamples.all.map(\.name) == ["incident-log-month"])
        #expect(IncidentExamples.all.allSatisfy { $0.document is IncidentLog })
    }
}
