import ForebygCore
import ForebygDocuments
import Foundation
import Testing
@testable import ForebygCommandLine

@Suite struct InputCollectorTests {
    /// Collects the arguments as paths inside `folder` (absolute, so the test needs no working folder).
    private func collect(_ arguments: [String], in folder: URL) -> [InputFile] {
        InputCollector(readStandardInput: { Data("{}".utf8) }).collect(arguments.map { $0 == "-" ? $0 : folder.path + "/" + $0 })
    }

    /// The display path without the scratch folder.
    private func shown(_ input: InputFile, in folder: URL) -> String {
        input.displayPath.hasPrefix(folder.path + "/") ? String(input.displayPath.dropFirst(folder.path.count + 1)) : input.displayPath
    }

    @Test func mirrorsFoldersBelowTheCommonAncestorAndSortsFolderContents() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        for path in ["in/b/plan.json", "in/a/plan.json", "in/a/sub/z.json", "in/a/notes.txt", "in/.hidden.json", "other/x.json"] {
            try Tool.write("{}", to: path, in: folder)
        }
        let inputs = collect(["in", "other/x.json", "in/a/plan.json", "-"], in: folder)
        #expect(inputs.map { shown($0, in: folder) } == ["in/a/plan.json", "in/a/sub/z.json", "in/b/plan.json", "other/x.json", "-"])
        #expect(inputs.map(\.outputStem) == ["in/a/plan", "in/a/sub/z", "in/b/plan", "other/x", "stdin"])
        #expect(inputs.last?.source == .standardInput(Data("{}".utf8)))
    }

    @Test func aSingleFolderIsItsOwnRoot() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        try Tool.write("{}", to: "in/team/plan.json", in: folder)
        #expect(collect(["in"], in: folder).map(\.outputStem) == ["team/plan"])
        #expect(collect(["in/team/plan.json"], in: folder).map(\.outputStem) == ["plan"])
    }

    @Test func reportsInputsThatWouldWriteTheSameNames() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        try Tool.write("{}", to: "plan.json", in: folder)
        try Tool.write("{}", to: "plan.txt", in: folder)
        let inputs = collect(["plan.json", "plan.txt"], in: folder)
        #expect(inputs.map(\.source) == [.file(folder.path + "/plan.json"), .collision(with: folder.path + "/plan.json")])
        #expect(throws: InputReadError.self) { try inputs[1].read() }
    }

    /// Two files whose names differ only in normalisation (`é` as one code point and as `e`
    /// with a combining accent) are two files to the kernel: both are inputs, and as their
    /// output names would look the same, the second is reported as a collision, never dropped.
    @Test func namesThatDifferOnlyInNormalisationAreTwoInputs() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        let composed = "caf\u{E9}.json", decomposed = "cafe\u{301}.json"
        try Tool.write("{}", to: composed, in: folder)
        try Tool.write("{}", to: decomposed, in: folder)
        let listed = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        try #require(listed.count == 2, "the file system keeps both names")
        let inputs = collect([composed, decomposed], in: folder)
        #expect(inputs.map { Array($0.displayPath.utf8) } == [Array((folder.path + "/" + composed).utf8), Array((folder.path + "/" + decomposed).utf8)])
        #expect(inputs.map(\.source) == [.file(folder.path + "/" + composed), .collision(with: folder.path + "/" + composed)])
    }

    @Test func aMissingFileIsAnInputNotAUsageError() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        let inputs = collect(["missing.json"], in: folder)
        let error = try #require(throws: InputReadError.self) { try inputs[0].read() }
        #expect(error.diagnostic.code == .inputUnreadable)
        #expect(error.diagnostic.message.contains("No such file"))
    }

    @Test(arguments: [
        ("a/b/c.json", "a/b", "c.json", "a/b/c"), ("c.json", ".", "c.json", "c"), ("/c", "/", "c", "/c"),
        ("a/.rc", "a", ".rc", "a/.rc"), ("a.d/c", "a.d", "c", "a.d/c"), ("bøger/år.json", "bøger", "år.json", "bøger/år"),
        // A `/` followed by a combining mark is one `Character` but still a separator, as for the kernel.
        ("a/\u{301}b.json", "a", "\u{301}b.json", "a/\u{301}b"),
    ])
    func splitsPaths(_ path: String, _ parent: String, _ last: String, _ withoutExtension: String) {
        // Compared by bytes: `==` on strings would accept a change of normalisation.
        #expect(Array(Paths.parent(of: path).utf8) == Array(parent.utf8))
        #expect(Array(Paths.lastComponent(of: path).utf8) == Array(last.utf8))
        #expect(Array(Paths.removingExtension(of: path).utf8) == Array(withoutExtension.utf8))
    }

    @Test func normalisesAndRelatesPaths() {
        #expect(Paths.absolute("/a/./b/../c") == "/a/c")
        #expect(Paths.absolute("/a/\u{301}/../æ") == "/a/æ")
        #expect(Paths.absolute("/..") == "/")
        #expect(Paths.absolute("b/c", from: "/a") == "/a/b/c")
        #expect(Paths.commonAncestor(of: ["/a/b/c", "/a/b/d", "/a/bb"]) == "/a")
        #expect(Paths.commonAncestor(of: ["/x"]) == "/x")
        #expect(Paths.relative("/a/b/c.json", to: "/a") == "b/c.json")
        #expect(Paths.relative("/a/b.json", to: "/") == "a/b.json")
        #expect(Paths.join("out", "a/b.md") == "out/a/b.md")
        #expect(Paths.join("", "b.md") == "b.md")
    }
}

@Suite struct InputTreeTests {
    private func collect(_ arguments: [String], in folder: URL) -> [InputFile] {
        InputCollector(readStandardInput: { Data() }).collect(arguments.map { folder.path + "/" + $0 })
    }

    @Test func aSymbolicLinkLoopIsReportedOnceAndNotFollowed() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        try Tool.write("{}", to: "in/a/plan.json", in: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/in/a/back", withDestinationPath: "..")
        let inputs = collect(["in"], in: folder)
        #expect(inputs.map(\.displayPath) == [folder.path + "/in/a/back", folder.path + "/in/a/plan.json"])
        let error = try #require(throws: InputReadError.self) { try inputs[0].read() }
        #expect(error.diagnostic.code == .inputSymbolicLinkLoop)
        #expect(error.diagnostic.message.contains("a symbolic link back to \(folder.path)/in,"))
    }

    @Test func aNameThatIsNotUTF8IsReportedByItsBytes() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        try Tool.write("{}", to: "in/good.json", in: folder)
        let name = Array((folder.path + "/in/plan-").utf8) + [0xFF] + Array(".json".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
        // APFS and HFS+ refuse names that are not UTF-8 (EILSEQ): there is nothing to read there.
        guard descriptor >= 0 || errno != EILSEQ else { return }
        try #require(descriptor >= 0)
        close(descriptor)
        let inputs = collect(["in"], in: folder)
        #expect(inputs.map(\.displayPath) == [folder.path + "/in/good.json", folder.path + #"/in/plan-\xFF.json"#])
        let error = try #require(throws: InputReadError.self) { try inputs[1].read() }
        #expect(error.diagnostic.code == .inputNameNotUTF8)
        #expect(!error.diagnostic.message.contains("No such file"))
    }

    @Test func renderNeverWritesThroughASymbolicLinkUnderOut() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        try Tool.write(Tool.goodDocument, to: "in/team/plan.json", in: folder)
        try Tool.write(Tool.goodDocument, to: "in/other/plan.json", in: folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/out/team", withDestinationPath: "../elsewhere")
        let run = try Tool.run(["render", "in", "--out", "out"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.contains("out/team: is a symbolic link; files are never written through a symbolic link below the output folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/elsewhere").isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/out/other/plan.md"))
    }

    @Test func renderReadsALoopingTreeOnce() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        try Tool.write(Tool.goodDocument, to: "in/a/plan.json", in: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/in/a/loop", withDestinationPath: "../a")
        let run = try Tool.run(["render", "in", "--out", "out"], in: folder)
        #expect(run.standardError.contains("in/a/loop: error at $: a symbolic link back to in/a, which contains it; not followed again (input.symbolicLinkLoop)"))
        #expect(run.standardError.contains("rendered 1 of 2 documents"))
        #expect(Tool.files(in: folder.appendingPathComponent("out")).filter { $0.hasSuffix(".md") } == ["a/plan.md"])
    }
}
