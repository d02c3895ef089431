import ForebygCore
import ForebygDocuments
import ForebygTestSupport
import Foundation
import Testing

/// Every kind has broken copies beside its fixtures, each applies to every fixture of its kind, and
/// the library itself rejects each one (decoding or validation fails), as its schema does in
/// `.ci/checks/20-schemas`: the library and the schema agree on what is broken.
@Suite struct BrokenCopyTests {
    @Test(arguments: KindFiles.documentTypes)
    func theLibraryRejectsEveryBrokenCopy(_ documentType: String) throws {
        let copies = try BrokenCopy.all(of: documentType)
        #expect(!copies.isEmpty, "\(documentType) has no broken copies in Tests/*/Fixtures/Broken/\(documentType).json")
        for fixture in KindFiles.fixtures(of: documentType) {
            let name = RepositoryFiles.relativePath(of: fixture)
            let text = try Data(contentsOf: fixture)
            let unchanged = DocumentRegistry.standard.load(try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: text)))
            try #require(!unchanged.diagnostics.containsErrors, "\(name) does not survive JSONSerialization: \(unchanged.diagnostics)")
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

    @Test func everyBrokenCopiesFileIsOfARegisteredKind() {
        for file in RepositoryFiles.allBrokenCopies {
            let documentType = file.deletingPathExtension().lastPathComponent
            #expect(KindFiles.documentTypes.contains(documentType), "\(RepositoryFiles.relativePath(of: file)): no registered kind \(documentType)")
        }
    }
}
