import DocumentTree
import ForebygCore
import Foundation
import Testing
@testable import ForebygDocuments

@Suite struct DocumentRegistryTests {
    @Test func decodesEveryExampleInOnePassToTheSameBytes() throws {
        for example in ExampleCatalog.all {
            let data = try DocumentCodec.encode(example.document)
            let decoded = try DocumentRegistry.standard.decode(data)
            #expect(try DocumentCodec.encode(decoded) == data, "\(example.name) changed in a round trip")
            #expect(type(of: decoded).documentType == type(of: example.document).documentType)
        }
    }

    @Test(arguments: [
        (#"{"version": 1}"#, "$.type", DocumentInputError.Kind.unknownDocumentType),
        (#"{"type": "proposal"}"#, "$.version", .unsupportedVersion),
        (#"{"type": "nope", "version": 1}"#, "$.type", .unknownDocumentType),
        (#"{"type": "proposal", "version": 2}"#, "$.version", .unsupportedVersion),
        (#"{"type": "workplace-action-plan", "version": 1, "rows": "x"}"#, "$.rows", .wrongType),
        ("[1, 2]", "$", .wrongType),
        ("nonsense", "$", .invalidJSON),
    ])
    func reportsTheSameErrorsAsTheCodec(_ json: String, _ path: String, _ kind: DocumentInputError.Kind) throws {
        let error = try #require(throws: DocumentInputError.self) { try DocumentRegistry.standard.decode(Data(json.utf8)) }
        #expect(error.path.description == path)
        #expect(error.kind == kind)
    }

    @Test func suggestsTheClosestTypeName() throws {
        let error = try #require(throws: DocumentInputError.self) {
            try DocumentRegistry.standard.decode(Data(#"{"type": "bvc-serie", "version": 1}"#.utf8))
        }
        #expect(error.message.contains(#"did you mean "bvc-series"?"#))
    }

    @Test func aLaterKindWithTheSameTypeReplacesAnEarlierOne() {
        let registry = DocumentRegistry([DocumentKind(ForebygTestDocument.self), DocumentKind(ForebygTestDocument.self)])
        #expect(registry.documentTypes == ["test-document"])
    }
}

/// The smallest document kind, for registry tests.
private struct ForebygTestDocument: VersionedDocument {
    static let documentType = "test-document"
    static let formatVersion = 1
    static var schema: JSONSchema { .object([]) }
    func validate() -> [Diagnostic] { [] }
    func document(in language: Language) -> Document { Document(metadata: .init(title: "T", slug: "t"), blocks: []) }
}
