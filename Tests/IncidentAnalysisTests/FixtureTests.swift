#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import Testing
@testable import IncidentAnalysis

/// The built-in example against its checked-in fixture and the schema against its documented copy.
///
/// Set `FOREBYG_RECORD_FIXTURES=1` to rewrite the fixture and the schema file from the code.
@Suite struct FixtureTests {
    private static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    private static let record = ProcessInfo.processInfo.environment["FOREBYG_RECORD_FIXTURES"] == "1"

    private static func fixtureURL(_ name: String) -> URL {
        testsFolder.appendingPathComponent("Fixtures/\(name).json")
    }

    @Test func examplesAreListedByName() {
        #expect(IncidentExamples.all.map(\.name) == ["incident-log-month"])
        #expect(IncidentExamples.all.allSatisfy { $0.document is IncidentLog })
    }

    @Test func fixtureRoundTripsByteForByte() throws {
        let url = Self.fixtureURL("incident-log-month")
        let expected = try DocumentCodec.encode(IncidentExamples.month)
        if Self.record { try expected.write(to: url) }
        let fixture = try Data(contentsOf: url)
        let decoded = try DocumentCodec.decode(IncidentLog.self, from: fixture)
        #expect(decoded == IncidentExamples.month)
        #expect(try DocumentCodec.encode(decoded) == fixture)
        #expect(fixture == expected)
    }

    @Test func schemaFileMatchesTheCode() throws {
        let url = Self.testsFolder.appendingPathComponent("../../Documentation/schemas/incident-log.schema.json").standardizedFileURL
        if Self.record { try Data(IncidentLog.jsonSchema.utf8).write(to: url) }
        #expect(try Data(contentsOf: url) == Data(IncidentLog.jsonSchema.utf8))
    }

    /// The schema's `properties.type.const` and `properties.version.maximum`.
    private struct SchemaHead: Decodable {
        struct Constant: Decodable { let const: String }
        struct Range: Decodable { let minimum: Int, maximum: Int }
        struct Properties: Decodable {
            let type: Constant
            let version: Range
        }
        let properties: Properties
    }

    @Test func schemaIsJSONNamingItsTypeAndVersion() throws {
        let head = try JSONDecoder().decode(SchemaHead.self, from: Data(IncidentLog.jsonSchema.utf8))
        #expect(head.properties.type.const == IncidentLog.documentType)
        #expect(head.properties.version.minimum == 1)
        #expect(head.properties.version.maximum == IncidentLog.formatVersion)
    }
}
