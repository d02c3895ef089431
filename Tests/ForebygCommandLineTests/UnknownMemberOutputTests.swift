import Foundation
import Testing

/// `validate` and `render` print the warnings about unknown members, in text and in `--json`.
@Suite struct UnknownMemberOutputTests {
    static let misspelt = #"""
        {"type": "workplace-action-plan", "version": 1, "rows": [
          {"id": "r1", "focusArea": "Vold", "whatHowWhen": "Kursus", "goal": "Tryghed", "responsible": ["AMR"], "deadlline": "2026-05-01"}
        ]}
        """#

    @Test func validateAndRenderReportTheWarning() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        try Tool.write(Self.misspelt, to: "plan.json", in: folder)
        let message = #"warning at $.rows[0].deadlline: unknown member "deadlline" is ignored; did you mean "deadline"? (input.unknownMember)"#
        let text = try Tool.run(["validate", "plan.json"], in: folder)
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("plan.json: " + message))
        let json = try Tool.run(["validate", "plan.json", "--json"], in: folder)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: String]])
        #expect(records.contains { $0["code"] == "input.unknownMember" && $0["path"] == "$.rows[0].deadlline" && $0["severity"] == "warning" })
        let render = try Tool.run(["render", "plan.json", "--format", "md", "--out", "out"], in: folder)
        #expect(render.status == 0)
        #expect(render.standardError.contains("plan.json: " + message))
        #expect(render.standardError.contains("1 warning"))
    }
}
