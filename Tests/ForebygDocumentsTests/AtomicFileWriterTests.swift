import Foundation
import Testing
@testable import ForebygDocuments

@Suite struct AtomicFileWriterTests {
    private func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("forebyg-writer-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: [false, true])
    func writesTheWholeTextAndLeavesNoTemporaryFile(_ synchronizes: Bool) throws {
        let folder = try temporaryFolder()
        let path = folder + "/plan.md"
        let text = String(repeating: "Handleplan æøå\n", count: 10_000)
        try AtomicFileWriter(synchronizes: synchronizes).write(text, to: path)
        try AtomicFileWriter(synchronizes: synchronizes).synchronizeDirectories([folder])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["plan.md"])
    }

    @Test func replacesAnExistingFile() throws {
        let folder = try temporaryFolder()
        let path = folder + "/plan.md"
        try AtomicFileWriter().write("old", to: path)
        try AtomicFileWriter().write("new", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
    }

    @Test func cleansUpAndReportsAFailedRename() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/taken", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/taken/inside", withIntermediateDirectories: true)
        let error = try #require(throws: PosixError.self) { try AtomicFileWriter().write("x", to: folder + "/taken") }
        #expect(error.call == "renameat")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["taken"])
    }

    @Test func reportsAMissingFolder() throws {
        let error = try #require(throws: PosixError.self) { try AtomicFileWriter().write("x", to: "/nonexistent-forebyg/a.md") }
        #expect(error.call == "openat")
        #expect(error.description.contains("No such file"))
    }

    @Test func namesTemporaryFilesHiddenAndUnique() {
        let first = AtomicFileWriter.temporaryPath(for: "out/plan.md")
        let second = AtomicFileWriter.temporaryPath(for: "out/plan.md")
        #expect(first.hasPrefix("out/.plan.md.tmp-\(getpid())-"))
        #expect(first.wholeMatch(of: /out\/\.plan\.md\.tmp-[0-9]+-[0-9]+/) != nil)
        #expect(AtomicFileWriter.temporaryPath(for: "ø/å.md").hasPrefix("ø/.å.md.tmp-"))
        #expect(first != second)
        #expect(AtomicFileWriter.temporaryPath(for: "plan.md").hasPrefix(".plan.md.tmp-"))
    }
}
