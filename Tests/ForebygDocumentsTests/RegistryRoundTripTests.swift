import ForebygCore
import ForebygDocuments
import ForebygTestSupport
import Foundation
import Testing

/// The round trips of every registered kind: each example is its checked-in fixture byte for byte
/// (`FOREBYG_RECORD=1` rewrites the fixtures) and reads back to the same bytes, and every fixture,
/// the examples' and the others (such as a synthetic plan), reads as its kind without errors.
@Suite struct RegistryRoundTripTests {
    @Test(arguments: KindFiles.documentTypes)
    func everyExampleIsItsFixtureAndValidates(_ documentType: String) throws {
        for example in KindFiles.examples(of: documentType) {
            let encoded = try DocumentCodec.encode(example.document)
            expectMatchesFile(encoded, at: KindFiles.fixture(of: example))
            #expect(try DocumentCodec.encode(DocumentRegistry.standard.decode(encoded)) == encoded, "\(example.name)")
            #expect(!example.document.validate().containsErrors, "\(example.name)")
        }
    }

    @Test(arguments: KindFiles.documentTypes)
    func everyFixtureReadsAsItsKindWithoutErrors(_ documentType: String) throws {
        for fixture in KindFiles.fixtures(of: documentType) {
            let loaded = DocumentRegistry.standard.load(try Data(contentsOf: fixture))
            let value = try #require(loaded.value, "\(RepositoryFiles.relativePath(of: fixture)) does not decode")
            #expect(type(of: value).documentType == documentType)
            #expect(!loaded.diagnostics.containsErrors, "\(RepositoryFiles.relativePath(of: fixture)): \(loaded.diagnostics)")
        }
    }
}
