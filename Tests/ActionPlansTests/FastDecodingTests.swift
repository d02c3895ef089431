import ForebygCore
import Foundation
import Testing
@testable import ActionPlans

/// Workplace-plan rows and status entries decode through the package's fast path
/// (`JSONTapeDecodable`) inside arrays and through `Codable` elsewhere, with the same values,
/// warnings and errors.
@Suite struct FastDecodingTests {
    private static let good = #"""
        {"id": "m-1", "focusArea": "Vold", "whatHowWhen": "Kursus", "timing": [{"kind": "date", "date": "2026-05-01"}],
         "deadline": "2026-06-01", "responsible": ["leder"], "responsibilities": "x",
         "statusHistory": [{"date": "2026-04-01", "status": "planned", "note": "n"}, {"note": "udateret"}], "goal": "Færre episoder",
         "proposal": "p-1"}
        """#

    static let inputs: [String] = [
        good,
        good.replacing(#""goal""#, with: #""gaol""#),
        good.replacing(#""deadline""#, with: #""deadlline""#),
        good.replacing(#""note": "n""#, with: #""nte": "n""#),
        good.replacing(#""id": "m-1""#, with: #""id": 1"#),
        good.replacing(#""focusArea": "Vold", "#, with: ""),
        good.replacing(#""2026-06-01""#, with: #""1/6""#),
        good.replacing(#"["leder"]"#, with: #""leder""#),
        good.replacing(#"["leder"]"#, with: "null"),
        good.replacing(#""planned""#, with: #""started""#),
        good.replacing(#"{"note": "udateret"}"#, with: #""udateret""#),
        good.replacing(#""date": "2026-05-01""#, with: #""date": 5"#),
        good.replacing(#""proposal": "p-1""#, with: #""proposal": null"#),
        good.replacing(#""goal": "Færre episoder""#, with: #""goal": null"#),
        // The status history is read as an array of objects, each with a reader of its own.
        statusHistory("null"), statusHistory("[]"), statusHistory("{}"), statusHistory("[1]"),
        statusHistory(#"[{"note": "n"}, 2]"#), statusHistory(#"[{"note": "n"}, {"nte": "m"}]"#),
    ]

    /// The good row with its status history replaced by `value` (JSON text).
    private static func statusHistory(_ value: String) -> String {
        good.replacing(#"[{"date": "2026-04-01", "status": "planned", "note": "n"}, {"note": "udateret"}]"#, with: value)
    }

    private typealias Rows = [WorkplaceActionPlan.Row]

    private func fast(_ json: String) -> Result<Decoded<Rows>, DocumentInputError> {
        Result { () throws(DocumentInputError) in
            try ParsedJSON(Data(json.utf8)).decode { decoder in try decoder.singleValueContainer().decode(Rows.self) }
        }
    }

    private func codable(_ json: String) -> Result<Decoded<Rows>, DocumentInputError> {
        Result { () throws(DocumentInputError) in
            try ParsedJSON(Data(json.utf8)).decode { decoder in
                var container = try decoder.unkeyedContainer()
                var rows: Rows = []
                while !container.isAtEnd { rows.append(try WorkplaceActionPlan.Row(from: try container.superDecoder())) }
                return rows
            }
        }
    }

    @Test(arguments: inputs)
    func theFastPathAndTheCodablePathAgree(row: String) {
        let json = "[" + Self.good + ", " + row + "]"
        switch (fast(json), codable(json)) {
        case (.success(let fast), .success(let codable)):
            #expect(fast.value == codable.value)
            #expect(fast.warnings == codable.warnings)
        case (.failure(let fast), .failure(let codable)):
            #expect(fast == codable)
        case (let fast, let codable):
            Issue.record("the paths disagree: \(fast) against \(codable)")
        }
    }

    @Test func theInputsCoverErrorsAndWarnings() {
        let results = Self.inputs.map { fast("[" + $0 + "]") }
        #expect(results.count { if case .failure = $0 { true } else { false } } == 12)
        #expect(results.compactMap { try? $0.get() }.count { !$0.warnings.isEmpty } == 3)
    }

    /// A row of 2048 members (38 unknown ones beside the good row's ten, as a tool that adds
    /// its own fields might write) fills the fast path's shared block of member-index words;
    /// its status entry `{}`, valid and all optional, then gets an index of no words at the
    /// block's end, which is given back as if allocated (SIGABRT). Expected: the row decodes,
    /// with a warning per unknown member.
    @Test func aRowThatFillsTheSharedBlockWithAnEmptyStatusEntryDecodes() async {
        await #expect(processExitsWith: .success) {
            let extra = (0..<2038).map { #""x\#($0)": 0"# }.joined(separator: ", ")
            let row = FastDecodingTests.good
                .replacing(#"[{"date": "2026-04-01", "status": "planned", "note": "n"}, {"note": "udateret"}]"#, with: "[{}]")
                .replacing(#"{"id""#, with: "{" + extra + #", "id""#)
            let decoded = try FastDecodingTests().fast("[" + row + "]").get()
            #expect(decoded.value.first?.statusHistory.count == 1)
            #expect(decoded.warnings.count == 2038)
        }
    }
}
