import ForebygCore
import ForebygDocuments
import ForebygTestSupport
import Foundation
import Testing

/// The schema of every registered kind: `Documentation/schemas/<type>.schema.json` is what the
/// type builds (`FOREBYG_RECORD=1` rewrites it, as `forebyg schema --write-all` does), and it
/// names its type and the versions the library reads.
@Suite struct RegistrySchemaTests {
    @Test(arguments: KindFiles.documentTypes)
    func theSchemaFileIsWhatTheTypeBuilds(_ documentType: String) throws {
        let kind = try #require(DocumentRegistry.standard.kind(named: documentType))
        expectMatchesFile(kind.jsonSchema, at: RepositoryFiles.schema(of: documentType))
    }

    @Test(arguments: KindFiles.documentTypes)
    func theSchemaNamesItsTypeAndVersions(_ documentType: String) throws {
        let kind = try #require(DocumentRegistry.standard.kind(named: documentType))
        let head = try JSONDecoder().decode(SchemaHead.self, from: Data(kind.jsonSchema.utf8))
        #expect(head.schema == "https://json-schema.org/draft/2020-12/schema")
        #expect(head.id == "https://forebyg.example/schemas/\(documentType).schema.json")
        #expect(head.required.starts(with: ["type", "version"]))
        #expect(head.properties.type.const == documentType)
        #expect(head.properties.version.minimum == 1)
        #expect(head.properties.version.maximum == kind.formatVersion)
    }

    /// The members of a schema's head these tests read.
    private struct SchemaHead: Decodable {
        struct Constant: Decodable { let const: String }
        struct Range: Decodable { let minimum: Int, maximum: Int }
        struct Properties: Decodable {
            let type: Constant
            let version: Range
        }
        let schema: String
        let id: String
        let required: [String]
        let properties: Properties

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", id = "$id", required, properties
        }
    }
}
