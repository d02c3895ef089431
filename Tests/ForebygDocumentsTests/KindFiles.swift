import ForebygCore
import ForebygDocuments
import ForebygTestSupport
import Foundation

/// What the repository holds for each registered document kind: its examples, its fixtures and
/// the Swift module that declares it.
enum KindFiles {
    /// The `type` names of `DocumentRegistry.standard`, the arguments of the registry-driven tests.
    static let documentTypes = DocumentRegistry.standard.documentTypes

    /// The built-in examples of a kind, from `ExampleCatalog`.
    static func examples(of documentType: String) -> [(module: String, name: String, document: any VersionedDocument)] {
        ExampleCatalog.all.filter { type(of: $0.document).documentType == documentType }
    }

    /// The Swift module that declares a document's type, for example `ActionPlans`.
    static func module(of document: any VersionedDocument) -> String {
        String(String(reflecting: type(of: document)).prefix { $0 != "." })
    }

    /// The fixture an example is checked in as: `Tests/<Module>Tests/Fixtures/<name>.json`.
    static func fixture(of example: (module: String, name: String, document: any VersionedDocument)) -> URL {
        RepositoryFiles.fixture(example.name, ofModule: module(of: example.document))
    }

    /// Every fixture whose `type` is `documentType`, in any module's fixture folder.
    static func fixtures(of documentType: String) -> [URL] {
        RepositoryFiles.allFixtures.filter { self.documentType(ofFixture: $0) == documentType }
    }

    /// The `type` a fixture file names, or nil when it cannot be read.
    static func documentType(ofFixture url: URL) -> String? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? DocumentCodec.header(of: data).type
    }
}
