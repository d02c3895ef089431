import ForebygTestSupport
import Foundation
import Testing

/// The tables of document kinds in the documentation are the ones ``KindTables`` generates from
/// the registry: `FOREBYG_RECORD=1 swift test --filter KindTableTests` rewrites them.
@Suite struct KindTableTests {
    @Test func theJSONFormatsIndexIsGenerated() throws {
        try expectGenerated(KindTables.index, in: RepositoryFiles.jsonPages.appendingPathComponent("README.md"))
    }

    /// Every module page in `Documentation/` that exists has the table of its kinds.
    @Test(arguments: KindTables.modules)
    func theModulePageListsItsKinds(_ module: String) throws {
        let page = RepositoryFiles.root.appendingPathComponent("Documentation/\(module).md")
        guard FileManager.default.fileExists(atPath: page.path) else { return }
        try expectGenerated(KindTables.moduleTable(module), in: page)
    }

    @Test(arguments: KindFiles.documentTypes)
    func everyKindsPageStartsWithASentenceSayingWhatItIs(_ documentType: String) {
        let summary = KindTables.summary(of: documentType)
        #expect(summary != "(no page)", "\(documentType) has no page Documentation/JSON/\(documentType).md")
        #expect(!summary.isEmpty && summary.count <= 200, "\(documentType): its page's first sentence is the summary the tables show: \(summary.count) characters")
    }

    private func expectGenerated(_ table: String, in page: URL) throws {
        let text = try String(contentsOf: page, encoding: .utf8)
        let name = RepositoryFiles.relativePath(of: page)
        let generated = try #require(
            KindTables.replacingRegion(in: text, with: table),
            "\(name) has no generated table of kinds between \(KindTables.begin) and \(KindTables.end)")
        expectMatchesFile(generated, at: page)
    }
}
