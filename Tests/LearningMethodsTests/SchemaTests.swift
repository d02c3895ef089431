#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import Testing
import LearningMethods

@Suite struct SchemaTests {
    static let types: [any VersionedDocument.Type] = [LA2Plan.self, ResidentConference.self, BoardMeeting.self, PracticeStory.self]

    @Test(arguments: types.map { ($0.documentType, $0.jsonSchema) })
    func schemaFileMatchesTheTypesSchema(documentType: String, schema: String) throws {
        let data = try Data(contentsOf: TestSupport.schemaURL(documentType))
        #expect(data == Data(schema.utf8))
        let head = try JSONDecoder().decode(SchemaHead.self, from: data)
        #expect(head.properties.type.const == documentType)
        #expect(head.required.starts(with: ["type", "version"]))
    }

    /// The parts of a schema the tests read.
    private struct SchemaHead: Decodable {
        struct Properties: Decodable {
            struct Constant: Decodable { let const: String }
            let type: Constant
        }
        let properties: Properties
        let required: [String]
    }

    @Test func documentTypesAreKebabCase() {
        #expect(Self.types.map { $0.documentType } == ["la2-plan", "resident-conference", "board-meeting", "practice-story"])
        #expect(Self.types.allSatisfy { $0.formatVersion == 1 })
    }
}
