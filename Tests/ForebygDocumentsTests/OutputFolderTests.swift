import Foundation
import Testing
@testable import ForebygDocuments

@Suite struct OutputFolderTests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("forebyg-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: [false, true])
    func writesNestedFilesAndMakesTheirFolders(_ synchronizes: Bool) throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out/new").path
        let folder = try OutputFolder(path: out, synchronizes: synchronizes)
        try folder.write([
            RenderedFile(path: "plan.md", contents: "a"), RenderedFile(path: "team/sub/plan.md", contents: "b"),
            RenderedFile(path: "team/sub/plan.html", contents: "c"), RenderedFile(path: "team/other.md", contents: "d"),
        ])
        #expect(try String(contentsOfFile: out + "/team/sub/plan.html", encoding: .utf8) == "c")
        #expect(try String(contentsOfFile: out + "/team/other.md", encoding: .utf8) == "d")
        let names = try FileManager.default.subpathsOfDirectory(atPath: out).sorted()
        #expect(names == ["plan.md", "team", "team/other.md", "team/sub", "team/sub/plan.html", "team/sub/plan.md"])
    }

    @Test func neverWritesThroughASymbolicLinkBelowTheFolder() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let elsewhere = root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("out/team"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/out/team/linked", withDestinationPath: elsewhere.path)
        let folder = try OutputFolder(path: root.path + "/out")
        let error = try #require(throws: PosixError.self) {
            try folder.write([RenderedFile(path: "ok.md", contents: "ok"), RenderedFile(path: "team/linked/plan.md", contents: "x")])
        }
        #expect(error.path == root.path + "/out/team/linked")
        #expect(error.description.hasSuffix("team/linked: is a symbolic link; files are never written through a symbolic link below the output folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
        #expect(FileManager.default.fileExists(atPath: root.path + "/out/ok.md"))
    }

    @Test(arguments: ["../escape.md", "/etc/escape.md", "team//plan.md", "./plan.md", "", "team/", "/\u{301}etc/escape.md"])
    func refusesPathsThatLeaveTheFolder(_ path: String) throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try OutputFolder(path: root.path + "/out")
        let error = try #require(throws: PosixError.self) { try folder.write(RenderedFile(path: path, contents: "x")) }
        #expect(error.description.contains("is not a path below the output folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["out"])
    }

    @Test func aFileInTheWayOfAFolderIsAnError() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("x".utf8).write(to: root.appendingPathComponent("team"))
        let error = try #require(throws: PosixError.self) { try OutputFolder(path: root.path).write(RenderedFile(path: "team/plan.md", contents: "x")) }
        #expect(error.call == "openat")
        #expect(error.description.contains("Not a directory"))
    }

    @Test func showsNamesThatAreNotUTF8ByTheirBytes() {
        #expect(PosixFile.escaped(Array("plan-æ.json".utf8)) == "plan-æ.json")
        #expect(PosixFile.escaped([0x70, 0xFF, 0x2E, 0xC3]) == #"p\xFF.\xC3"#)
        #expect(PosixFile.escaped([0xE2, 0x82, 0x41]) == #"\xE2\x82A"#)
    }
}
