import ForebygCore
import ForebygDocuments
import ForebygTestSupport
import Foundation
import Testing

/// Every list of document kinds agrees with `DocumentRegistry.standard`: a kind missing from the
/// examples, the fixtures, the schema files, the golden files or the README's product table fails
/// here, and so does a listed kind the registry does not hold. (The JSON formats index and the
/// module pages' tables are generated from the registry; `KindTableTests` checks them.)
@Suite struct RegistryCompletenessTests {

    /// The products the README's table lists.
    static let readmeProducts: [String] = {
        let text = (try? String(contentsOf: RepositoryFiles.readme, encoding: .utf8)) ?? ""
        return markdownTableRows(in: text, headerStartingWith: ["product", "what it holds"]).map { $0[0] }
    }()

    @Test(arguments: KindFiles.documentTypes)
    func everyKindHasAnExampleWithGoldenFiles(_ documentType: String) throws {
        let examples = KindFiles.examples(of: documentType)
        #expect(!examples.isEmpty, "\(documentType) has no example in ExampleCatalog")
        for example in examples {
            for name in ["\(example.name).md", "\(example.name).en.md", "\(example.name).html", "\(example.name).docx"] {
                let exists = FileManager.default.fileExists(atPath: RepositoryFiles.golden(name).path)
                #expect(exists, "\(documentType): the golden file \(name) is missing; record it with \(Recording.variable)=1")
            }
        }
    }

    @Test(arguments: KindFiles.documentTypes)
    func everyKindHasASchemaFileAndAFixture(_ documentType: String) {
        #expect(FileManager.default.fileExists(atPath: RepositoryFiles.schema(of: documentType).path), "\(documentType) has no schema file")
        #expect(!KindFiles.fixtures(of: documentType).isEmpty, "\(documentType) has no fixture in Tests/*/Fixtures")
    }

    @Test(arguments: KindFiles.documentTypes)
    func everyKindsProductIsInTheREADMETable(_ documentType: String) {
        for module in Set(KindFiles.examples(of: documentType).map { KindFiles.module(of: $0.document) }) {
            #expect(Self.readmeProducts.contains("`\(module)`"), "\(documentType): README.md's product table lacks \(module)")
        }
    }

    @Test func everyListedKindIsRegistered() throws {
        let registered = Set(KindFiles.documentTypes)
        let schemaFiles = try FileManager.default.contentsOfDirectory(atPath: RepositoryFiles.schemas.path)
        let pages = try FileManager.default.contentsOfDirectory(atPath: RepositoryFiles.jsonPages.path).filter { $0 != "README.md" }
        let lists: [(String, [String])] = [
            ("Documentation/schemas", schemaFiles.map { String($0.dropLast(".schema.json".count)) }),
            ("Documentation/JSON", pages.map { String($0.dropLast(".md".count)) }),
            ("the fixtures", RepositoryFiles.allFixtures.map { KindFiles.documentType(ofFixture: $0) ?? $0.lastPathComponent }),
        ]
        for (list, documentTypes) in lists {
            let unknown = Set(documentTypes).subtracting(registered)
            #expect(unknown.isEmpty, "\(list) lists kinds DocumentRegistry.standard does not hold: \(unknown.sorted())")
        }
    }
}
