import Foundation
import Testing

/// Kills a large render with SIGKILL part-way and checks that no final file is partial.
@Suite struct KilledRenderTests {
    @Test func aKilledRunLeavesOnlyCompleteFilesUnderFinalNames() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        let total = 3000
        for index in 0..<total { try Tool.write(Tool.goodDocument, to: "in/plan-\(index).json", in: folder) }
        try Tool.write(Tool.goodDocument, to: "reference/plan.json", in: folder)
        #expect(try Tool.run(["render", "reference/plan.json", "--out", "expected"], in: folder).status == 0)
        let expected = try referenceContents(in: folder.appendingPathComponent("expected"))
        try #require(expected.count >= 3)

        let (process, _, _) = try Tool.start(["render", "in", "--out", "out", "--jobs", "2"], in: folder)
        let out = folder.appendingPathComponent("out")
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, Date() < deadline, finalNames(in: out).count < 40 {
            usleep(2_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGKILL)

        let written = finalNames(in: out)
        #expect(written.count >= 40)
        #expect(written.count < total * expected.count, "the run finished before it was killed; nothing was tested")
        for name in written {
            let suffix = String(name.dropFirst("plan-".count).drop { ("0"..."9").contains($0) })
            let contents = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(contents == expected[suffix], "\(name) is not complete")
        }
    }

    /// The non-hidden files of a folder: every name the tool writes finally.
    private func finalNames(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }
    }

    /// The reference outputs by what follows the stem: `.md`, `.html`, `-action-plan.csv`, ….
    private func referenceContents(in folder: URL) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for name in finalNames(in: folder) {
            contents[String(name.dropFirst("plan".count))] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return contents
    }
}
