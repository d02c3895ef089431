import DocumentRendering
import ForebygDocuments
import Foundation
import Testing

/// Uses the library as an integrator's program does, importing only `ForebygDocuments` and
/// `DocumentRendering`: a folder of JSON documents whose kinds the program does not know is
/// decoded, validated, rendered and written.
@Suite struct UnknownKindTests {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Documents")

    /// Every document in the folder, by file name, loaded through the standard registry.
    private func loadFolder() throws -> [(name: String, loaded: LoadedDocument)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            (name, DocumentRegistry.standard.load(try Data(contentsOf: Self.folder.appendingPathComponent(name))))
        }
    }

    @Test func findsEachDocumentsKindFromItsJSON() throws {
        let kinds = Dictionary(uniqueKeysWithValues: try loadFolder().map { ($0.name, $0.loaded.documentType) })
        #expect(kinds["seed-003-handleplan.json"] == "workplace-action-plan")
        #expect(kinds["seed-000-forslag-alenearbejde.json"] == "proposal")
        #expect(kinds["course-configuration.json"] == "course-configuration")
        #expect(kinds["incident-log-month.json"] == "incident-log")
        #expect(kinds["seed-002-bvc-week.json"] == "bvc-series")
        #expect(kinds["seed-002-albertslund-beboerkonference.json"] == "resident-conference")
        #expect(kinds["unknown-kind.json"] == .some(nil))
    }

    @Test func reportsTheBadDocumentsAndRendersTheGoodOnes() throws {
        for (name, loaded) in try loadFolder() {
            let bad = ["invalid-plan.json", "unknown-kind.json"].contains(name)
            #expect((loaded.document() == nil) == bad, "\(name)")
            // A bad document says why; a good one may still carry warnings (the methods' findings).
            if bad { #expect(!loaded.diagnostics.isEmpty, "\(name)") }
            guard let document = loaded.document() else { continue }
            #expect(MarkdownRenderer().render(document).hasPrefix("# "), "\(name)")
            #expect(HTMLRenderer().render(document).hasPrefix("<!DOCTYPE html>"), "\(name)")
            #expect(!CSVRenderer().render(document).isEmpty, "\(name)")
        }
    }

    @Test func namesWhatIsWrongAndWhere() throws {
        let loaded = try loadFolder()
        let unknown = try #require(loaded.first { $0.name == "unknown-kind.json" }).loaded
        #expect("\(unknown.diagnostics)".contains(#"did you mean "workplace-action-plan"?"#))
        let invalid = try #require(loaded.first { $0.name == "invalid-plan.json" }).loaded
        #expect("\(invalid.diagnostics)".contains("$.rows[5].id"))
    }

    @Test func writesEveryFormatAtomically() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("forebyg-integrator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        let writer = AtomicFileWriter()
        for (name, loaded) in try loadFolder() {
            guard let document = loaded.document() else { continue }
            let stem = String(name.dropLast(".json".count))
            for file in RenderedFile.files(for: document, stem: stem, settings: RenderSettings()) {
                try writer.write(file.contents, to: out.appendingPathComponent(file.path).path)
            }
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(written.contains("seed-003-handleplan.md"))
        #expect(written.contains("incident-log-month.html"))
        #expect(written.contains { $0.hasPrefix("seed-002-bvc-week-") && $0.hasSuffix(".csv") })
        #expect(!written.contains { $0.hasPrefix(".") })
    }
}
