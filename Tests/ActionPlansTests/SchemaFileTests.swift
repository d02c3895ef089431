#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ActionPlans
import ForebygCore
import Testing

@Suite struct SchemaFileTests {
    /// Every plan format with its schema text.
    static let schemas: [(type: String, schema: String)] = [
        (WorkplaceActionPlan.documentType, WorkplaceActionPlan.jsonSchema),
        (Proposal.documentType, Proposal.jsonSchema),
        (CitizenActionPlan.documentType, CitizenActionPlan.jsonSchema),
        (WellbeingGroupPlan.documentType, WellbeingGroupPlan.jsonSchema),
    ]

    @Test(arguments: schemas.map(\.type))
    func schemaFileMatchesTheType(documentType: String) throws {
        let schema = try #require(Self.schemas.first { $0.type == documentType }).schema
        let url = FixtureSupport.repositoryRoot.appendingPathComponent("Documentation/schemas/\(documentType).schema.json")
        if ProcessInfo.processInfo.environment["FOREBYG_RECORD_FIXTURES"] == "1" {
            try Data(schema.utf8).write(to: url)
        }
        #expect(try Data(contentsOf: url) == Data(schema.utf8))
    }

    @Test(arguments: schemas.map(\.type))
    func schemaNamesItsDocumentType(documentType: String) throws {
        let schema = try #require(Self.schemas.first { $0.type == documentType }).schema
        let header = try JSONDecoder().decode(SchemaHeader.self, from: Data(schema.utf8))
        #expect(header.properties.type.const == documentType)
        #expect(header.schema == "https://json-schema.org/draft/2020-12/schema")
    }

    /// The parts of a schema these tests read.
    struct SchemaHeader: Decodable {
        struct Properties: Decodable {
            struct TypeMember: Decodable { let const: String }
            let type: TypeMember
        }
        let schema: String
        let properties: Properties

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", properties
        }
    }
}
