#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DocumentTree
import ForebygCore
import Testing

/// Members the format does not define are accepted and reported, with the member probably meant.
@Suite struct UnknownMemberTests {
    private struct Plan: VersionedDocument {
        static let documentType = "plan"
        static let formatVersion = 1
        static var schema: JSONSchema { .object([]) }
        var rows: [Row]
        var note: String?

        struct Row: Codable {
            var id: String
            var deadline: CalendarDate?
        }

        func validate() -> [Diagnostic] { [] }
        func document(in language: Language) -> Document { Document(metadata: .init(title: "P", slug: "p"), blocks: []) }
    }

    private func warnings(_ json: String) throws -> [Diagnostic] {
        try DocumentCodec.read(Plan.self, from: Data(json.utf8)).warnings
    }

    @Test func aKnownDocumentHasNoWarnings() throws {
        #expect(try warnings(#"{"type": "plan", "version": 1, "rows": [{"id": "a", "deadline": "2026-03-01"}], "note": null}"#).isEmpty)
    }

    @Test func aMisspeltMemberIsAWarningWithItsPathAndTheMemberMeant() throws {
        let found = try warnings(#"{"type": "plan", "version": 1, "rows": [{"id": "a"}, {"id": "b", "deadlline": "2026-03-01"}]}"#)
        #expect(found == [
            .warning(.inputUnknownMember, at: FieldPath.root.key("rows").index(1).key("deadlline"), #"unknown member "deadlline" is ignored; did you mean "deadline"?"#)
        ])
    }

    @Test func aMemberLikeNoneIsAWarningWithoutASuggestion() throws {
        let found = try warnings(#"{"type": "plan", "version": 1, "rows": [], "extraTypo": {"deadline": 1, "rows": []}, "nots": "x"}"#)
        #expect(found.map(\.path.description) == ["$.extraTypo", "$.nots"])
        #expect(found.map(\.message) == [#"unknown member "extraTypo" is ignored"#, #"unknown member "nots" is ignored; did you mean "note"?"#])
        #expect(found.allSatisfy { $0.severity == .warning && $0.code == .inputUnknownMember })
    }

    @Test func theThrowingEntryPointStillAcceptsUnknownMembers() throws {
        let plan = try DocumentCodec.decode(Plan.self, from: Data(#"{"type": "plan", "version": 1, "rows": [], "later": 2}"#.utf8))
        #expect(plan.rows.isEmpty)
    }

    @Test func theMembersAskedForAreRecordedWithIndicesCollapsed() throws {
        let parsed = try ParsedJSON(Data(#"{"type": "plan", "version": 1, "rows": [{"id": "a"}, {"id": "b"}]}"#.utf8))
        let asked = parsed.membersAskedFor { decoder in
            _ = try DocumentHeader(from: decoder)
            return try Plan(from: decoder)
        }
        #expect(asked == ["$.type", "$.version", "$.rows", "$.note", "$.rows[].id", "$.rows[].deadline"])
    }
}
