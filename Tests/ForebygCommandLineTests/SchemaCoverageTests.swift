import ForebygCore
import ForebygTestSupport
import Foundation
import Testing
import ForebygDocuments

/// Every member a format's JSON Schema declares is one its decoder reads, so that the schema
/// and the warnings about unknown members agree.
@Suite struct SchemaCoverageTests {
    /// The example and the test fixtures of every kind, as JSON texts.
    static func documents(of kind: DocumentKind) throws -> [Data] {
        var examples: [Data] = []
        for example in ExampleCatalog.all where type(of: example.document).documentType == kind.documentType {
            examples.append(try DocumentCodec.encode(example.document))
        }
        return try examples + RepositoryFiles.allFixtures.map { try Data(contentsOf: $0) }.filter { (try? DocumentCodec.header(of: $0).type) == kind.documentType }
    }

    /// The timing variants, which each read different members.
    static let timings = [
        #"{"kind": "date", "date": "2026-03-02"}"#, #"{"kind": "period", "start": "2026-03-02", "end": "2026-04-01"}"#,
        #"{"kind": "every", "interval": "week"}"#, #"{"kind": "timesPer", "count": 3, "interval": "day"}"#, #"{"kind": "text", "text": "løbende"}"#,
    ]

    /// Members merged into a kind's first document to reach the optional parts and variants
    /// that the examples and fixtures leave out (objects are merged, everything else replaced).
    static let supplements: [String: [String]] = [
        "bvc-series": [#"{"configuration": {"shiftHours": {"day": "07:00", "evening": "15:00", "night": "23:00"}, "bands": {"moderateFrom": 1, "veryHighFrom": 3}, "activeFromScore": 1}}"#],
        "mestringsskema": [#"{"bvcConfiguration": {"shiftHours": {"day": "07:00", "evening": "15:00", "night": "23:00"}, "bands": {"moderateFrom": 1, "veryHighFrom": 3}, "activeFromScore": 1}}"#],
        "fit-series": [#"{"cutoffs": {"orsAdult": 25, "orsChild": 28, "srsAlliance": 36}}"#],
        "la2-plan": [#"{"safety": {"triggers": ["larm"], "before": {"behaviour": ["a"], "feelings": ["b"], "coping": ["c"], "staffSupport": ["d"]}, "during": {"behaviour": ["a"], "feelings": ["b"], "coping": ["c"], "staffSupport": ["d"]}, "after": {"behaviour": ["a"], "feelings": ["b"], "coping": ["c"], "staffSupport": ["d"]}}}"#],
        "incident-log": [#"{"parameters": {"nearMissShareThreshold": 0.2, "repeatCount": 3, "repeatWindowDays": 14, "followUpDays": 7}, "shifts": [{"name": "dag", "start": "07:00"}, {"name": "aften", "start": "15:00"}]}"#],
        "practice-story": [#"{"answers": [{"question": 1, "answer": ["svar"]}], "proposals": [{"proposal": "forslag", "proposalID": "p-1"}]}"#],
        "resident-conference": [#"{"evaluations": [{"actionID": "a-1", "action": "gåtur", "wentWell": "godt", "doDifferently": "tidligere"}], "stories": [{"narrator": "AK", "story": ["historie"], "reflections": ["refleksion"]}]}"#],
        "workplace-action-plan": [#"{"period": {"start": "2026-01-01", "end": "2026-12-31"}, "rows": [{"id": "r1", "focusArea": "Vold", "whatHowWhen": "Kursus", "goal": "Tryghed", "responsible": ["AMR"], "timing": [\#(timings.joined(separator: ", "))]}]}"#],
        "wellbeing-group-plan": [#"{"activities": [{"id": "a1", "activity": "Fællesspisning", "description": "hver fredag", "timing": [\#(timings.joined(separator: ", "))]}]}"#],
        "proposal": [#"{"actions": [{"id": "a1", "what": "kursus", "timing": [\#(timings.joined(separator: ", "))]}]}"#]
            + timings.map { #"{"evaluation": {"when": \#($0), "how": "samtale"}}"# },
    ]

    /// `document` with `supplement`'s members merged in.
    static func merge(_ supplement: String, into document: Data) throws -> Data {
        let base = try #require(try JSONSerialization.jsonObject(with: document) as? [String: Any])
        let extra = try #require(try JSONSerialization.jsonObject(with: Data(supplement.utf8)) as? [String: Any])
        return try JSONSerialization.data(withJSONObject: merged(base, extra))
    }

    private static func merged(_ base: [String: Any], _ extra: [String: Any]) -> [String: Any] {
        base.merging(extra) { old, new in
            guard let old = old as? [String: Any], let new = new as? [String: Any] else { return new }
            return merged(old, new)
        }
    }

    /// The members a schema declares, as paths with indices written `[]` (`$.rows[].goal`).
    static func declaredMembers(ofSchema text: String) throws -> Set<String> {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var members: Set<String> = []
        collect(root, root: root, path: [], seen: [], into: &members)
        return members
    }

    private static func collect(_ schema: [String: Any], root: [String: Any], path: [FieldPath.Component], seen: Set<String>, into members: inout Set<String>) {
        if let reference = schema["$ref"] as? String, !seen.contains(reference),
            let definition = (root["$defs"] as? [String: Any])?[String(reference.dropFirst("#/$defs/".count))] as? [String: Any]
        {
            collect(definition, root: root, path: path, seen: seen.union([reference]), into: &members)
        }
        for (name, value) in (schema["properties"] as? [String: Any]) ?? [:] {
            members.insert(collapsed(path + [.key(name)]))
            if let value = value as? [String: Any] { collect(value, root: root, path: path + [.key(name)], seen: seen, into: &members) }
        }
        if let items = schema["items"] as? [String: Any] {
            collect(items, root: root, path: path + [.index(0)], seen: seen, into: &members)
        }
        for alternatives in ["oneOf", "anyOf"] {
            for alternative in (schema[alternatives] as? [[String: Any]]) ?? [] {
                collect(alternative, root: root, path: path, seen: seen, into: &members)
            }
        }
    }

    private static func collapsed(_ path: [FieldPath.Component]) -> String {
        FieldPath(components: path).description.replacing(/\[\d+\]/, with: "[]")
    }

    @Test(arguments: DocumentRegistry.standard.kinds.map(\.documentType))
    func theDecoderReadsEveryMemberTheSchemaDeclares(_ documentType: String) throws {
        let kind = try #require(DocumentRegistry.standard.kind(named: documentType))
        var documents = try Self.documents(of: kind)
        try #require(!documents.isEmpty, "no example or fixture of \(documentType)")
        documents += try (Self.supplements[documentType] ?? []).map { try Self.merge($0, into: documents[0]) }
        var asked: Set<String> = []
        for document in documents {
            asked.formUnion(try ParsedJSON(document).membersAskedFor { decoder in
                _ = try DocumentHeader(from: decoder)
                return try kind.decodeFromDecoder(decoder)
            })
        }
        let missing = try Self.declaredMembers(ofSchema: kind.jsonSchema).subtracting(asked)
        #expect(missing.isEmpty, "\(documentType): the schema declares members the decoder never asks for: \(missing.sorted())")
    }

    @Test(arguments: DocumentRegistry.standard.kinds.map(\.documentType))
    func anUnknownMemberOfEveryKindIsAWarning(_ documentType: String) throws {
        let kind = try #require(DocumentRegistry.standard.kind(named: documentType))
        let document = try #require(try Self.documents(of: kind).first)
        var object = try #require(try JSONSerialization.jsonObject(with: document) as? [String: Any])
        object["extraTypo"] = ["deadline": 1]
        let loaded = DocumentRegistry.standard.load(try JSONSerialization.data(withJSONObject: object))
        #expect(loaded.value != nil)
        #expect(loaded.diagnostics.filter { $0.code == .inputUnknownMember }.map(\.path.description) == ["$.extraTypo"])
    }

    @Test func aMisspeltDeadlineIsAWarningWithThePathAndTheMemberMeant() throws {
        let json = #"""
            {"type": "workplace-action-plan", "version": 1, "rows": [
              {"id": "r1", "focusArea": "Vold", "whatHowWhen": "Kursus", "goal": "Tryghed", "responsible": ["AMR"], "deadlline": "2026-05-01"}
            ]}
            """#
        let loaded = DocumentRegistry.standard.load(Data(json.utf8))
        let warning = try #require(loaded.diagnostics.first { $0.code == .inputUnknownMember })
        #expect(warning.severity == .warning)
        #expect(warning.path.description == "$.rows[0].deadlline")
        #expect(warning.message == #"unknown member "deadlline" is ignored; did you mean "deadline"?"#)
        #expect(loaded.renderable != nil)
    }
}
