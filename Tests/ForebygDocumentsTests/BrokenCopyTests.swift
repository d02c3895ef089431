import ForebygCore
import ForebygDocuments
import ForebygTestSupport
import Foundation
import Testing

/// The library itself rejects every broken copy of every fixture (decoding or validation fails),
/// as its schema does in `.ci/checks/20-schemas`: the library and the schema agree on what is
/// broken. The copies are derived from each fixture and its kind's schema
/// (``BrokenCopy/derived(from:schema:)``), plus a kind's own, if it has any, beside its fixtures.
@Suite struct BrokenCopyTests {
    @Test(arguments: KindFiles.documentTypes)
    func theLibraryRejectsEveryBrokenCopy(_ documentType: String) throws {
        let kind = try #require(DocumentRegistry.standard.kind(named: documentType))
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(kind.jsonSchema.utf8)) as? [String: Any])
        let own = try BrokenCopy.all(of: documentType)
        for fixture in KindFiles.fixtures(of: documentType) {
            let name = RepositoryFiles.relativePath(of: fixture)
            let text = try Data(contentsOf: fixture)
            let document = try JSONSerialization.jsonObject(with: text)
            let unchanged = DocumentRegistry.standard.load(try JSONSerialization.data(withJSONObject: document))
            try #require(!unchanged.diagnostics.containsErrors, "\(name) does not survive JSONSerialization: \(unchanged.diagnostics)")
            let copies = BrokenCopy.derived(from: document, schema: schema) + own
            #expect(copies.count >= 3, "\(name): only \(copies.count) broken copies derived")
            for copy in copies {
                guard let broken = try? copy.applied(to: text) else {
                    Issue.record("\(name): the broken copy with \(copy.what) does not apply (\(copy.operation) \(copy.path))")
                    continue
                }
                let loaded = DocumentRegistry.standard.load(broken)
                #expect(loaded.value == nil || loaded.diagnostics.containsErrors, "\(name): a copy with \(copy.what) was read without errors")
            }
        }
    }

    /// The copies derived from every fixture, one line each (`fixture`, `op`, `path`, `what`,
    /// tab-separated, in byte order), match `Reference/derived-broken-copies.tsv`, which
    /// `.ci/checks/20-schemas` checks its own derivation against: the two derivations, in Swift
    /// and in Python, derive the same copies.
    @Test func theDerivationMatchesTheReferenceListing() throws {
        var lines: [String] = []
        for documentType in KindFiles.documentTypes {
            let kind = try #require(DocumentRegistry.standard.kind(named: documentType))
            let schema = try #require(try JSONSerialization.jsonObject(with: Data(kind.jsonSchema.utf8)) as? [String: Any])
            for fixture in KindFiles.fixtures(of: documentType) {
                let document = try JSONSerialization.jsonObject(with: Data(contentsOf: fixture))
                lines += BrokenCopy.derived(from: document, schema: schema).map { copy in
                    [RepositoryFiles.relativePath(of: fixture), copy.operation, copy.path, copy.what].joined(separator: "\t")
                }
            }
        }
        let sorted = lines.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        expectMatchesFile(sorted.map { $0 + "\n" }.joined(), at: Self.referenceListing)
    }

    static let referenceListing = RepositoryFiles.root.appendingPathComponent("Tests/ForebygDocumentsTests/Reference/derived-broken-copies.tsv")

    @Test func everyBrokenCopiesFileIsOfARegisteredKind() {
        for file in RepositoryFiles.allBrokenCopies {
            let documentType = file.deletingPathExtension().lastPathComponent
            #expect(KindFiles.documentTypes.contains(documentType), "\(RepositoryFiles.relativePath(of: file)): no registered kind \(documentType)")
        }
    }
}
