import ForebygCore
import ForebygDocuments
import ForebygTestSupport
import Foundation
import Testing

/// Every list of document kinds agrees with `DocumentRegistry.standard`: a kind missing from the
/// examples, the fixtures, the schema files, the golden files, the JSON formats index or the
/// README's product table fails here, and so does a listed kind the registry does not hold.
@Suite struct RegistryCompletenessTests {
    /// The rows of the JSON formats index: `type`, product, what it is, page, schema.
    static let indexRows: [[String]] = {
        let text = (try? String(contentsOf: RepositoryFiles.jsonPages.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
        return markdownTableRows(in: text, headerStartingWith: ["`type`", "product", "what it is", "page", "schema"])
    }()

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
    func everyKindIsARowOfTheJSONFormatsIndex(_ documentType: String) throws {
        let row = try #require(Self.indexRows.first { $0.first == "`\(documentType)`" }, "\(documentType) is not in Documentation/JSON/README.md")
        try #require(row.count == 5)
        let modules = Set(KindFiles.examples(of: documentType).map { KindFiles.module(of: $0.document) })
        #expect(modules == [row[1]], "\(documentType): the index names the product \(row[1]), the type is in \(modules.sorted())")
        #expect(row[3] == "[page](\(documentType).md)")
        #expect(row[4] == "[schema](../schemas/\(documentType).schema.json)")
        let page = RepositoryFiles.jsonPages.appendingPathComponent("\(documentType).md")
        #expect(FileManager.default.fileExists(atPath: page.path), "\(documentType) has no page in Documentation/JSON")
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
            ("the JSON formats index", Self.indexRows.map { $0[0].trimmingCharacters(in: ["`"]) }),
            ("the fixtures", RepositoryFiles.allFixtures.map { KindFiles.documentType(ofFixture: $0) ?? $0.lastPathComponent }),
        ]
        try #require(Self.indexRows.count >= registered.count)
        for (list, documentTypes) in lists {
            let unknown = Set(documentTypes).subtracting(registered)
            #expect(unknown.isEmpty, "\(list) lists kinds DocumentRegistry.standard does not hold: \(unknown.sorted())")
        }
    }
}
