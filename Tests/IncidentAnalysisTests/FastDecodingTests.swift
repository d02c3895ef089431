import ForebygCore
import Foundation
import Testing
@testable import IncidentAnalysis

/// Incidents decode through the package's fast path (`JSONTapeDecodable`) inside arrays and
/// through their `Codable` conformance elsewhere; both give the same values, the same warnings
/// and the same errors (kind, path, message, position).
@Suite struct FastDecodingTests {
    private static let good = #"""
        {"id": "e-1", "time": "2026-03-02T14:30", "location": "Fællesstue",
         "affected": {"staff": "m-1", "professionalGroup": "pædagog"}, "citizen": "borger-1",
         "category": "physicalViolence", "nearMiss": false, "forms": ["blow", "other"], "otherForm": "bid",
         "consequences": ["physicalInjury"], "consequencesText": "et blåt mærke", "affectedLevel": 6,
         "useOfForce": true, "followUp": {"date": "2026-03-04", "participants": ["leder"]}, "description": "x"}
        """#

    /// The good incident with `member`'s value replaced by `value` (JSON text), or the member
    /// dropped when `value` is `nil`.
    private static func incident(_ member: String, _ value: String?) -> String {
        let pattern = try! Regex(#""\#(member)": ("[^"]*"|\{[^}]*\}|\[[^\]]*\]|[^,}]+)"#)
        guard let value else {
            return good.replacing(try! Regex(#",?\s*"\#(member)": ("[^"]*"|\{[^}]*\}|\[[^\]]*\]|[^,}]+)"#), with: "", maxReplacements: 1)
        }
        return good.replacing(pattern, with: "\"\(member)\": \(value)", maxReplacements: 1)
    }

    static let inputs: [String] = [
        good,
        good.replacing(#""location""#, with: #""locaton""#),
        good.replacing(#""nearMiss""#, with: #""extra": 1, "nearMiss""#),
        incident("id", nil), incident("id", "7"), incident("time", #""2026-03-02 14:30""#),
        incident("time", #""2026-02-30T14:30""#), incident("location", "null"), incident("affected", #""m-1""#),
        incident("affected", #"{"staff": "m-1"}"#), incident("affected", #"{"staff": "m-1", "professionalGroup": 3, "x": 1}"#),
        incident("citizen", "null"), incident("citizen", "[]"), incident("category", #""hitting""#),
        incident("nearMiss", #""no""#), incident("forms", #""blow""#), incident("forms", #"["blow", "bite"]"#),
        incident("otherForm", "1"), incident("consequences", nil), incident("affectedLevel", "1.5"),
        incident("affectedLevel", "1e300"), incident("affectedLevel", "9007199254740993"), incident("useOfForce", "null"),
        incident("followUp", #"{"date": "2026-03-04"}"#), incident("followUp", #"{"date": "4/3", "participants": []}"#),
        incident("followUp", #"{"date": "2026-03-04", "participants": [1]}"#), incident("followUp", "true"),
        incident("description", "{}"), incident("category", "3"), incident("forms", #"["blow", 1]"#),
        incident("consequences", "null"), incident("category", #""physical\u0056iolence""#),
        incident("forms", #"["bl\u006fw", "b\u00e6"]"#), incident("consequences", #"["psychologicalReaction", "psychological"]"#),
        incident("forms", "[]"), incident("forms", #"["blow", "kick", "threat"]"#),
        incident("forms", #"["blow", "kick", "threat", "other", "blow"]"#), incident("forms", #"["blow", "kick", "thr\u0065at"]"#),
        incident("time", #""2026-03-02T14\u003a30""#), incident("followUp", #"{"date": "2026-03-0\u0034", "participants": []}"#),
        incident("time", #""2026-03-02T24:00""#),
        // Members out of the order the decoder asks for them.
        good.replacing(#""id": "e-1", "#, with: "").replacing(#""description": "x"}"#, with: #""description": "x", "id": "e-1"}"#),
        good.replacing(#""category": "physicalViolence", "#, with: "").replacing(#"{"id""#, with: #"{"category": "selfHarm", "id""#),
    ]

    /// The array through the fast path: a decoder asked for `[Incident]`, as a log's member is.
    private func fast(_ json: String) -> Result<Decoded<[Incident]>, DocumentInputError> {
        Result { () throws(DocumentInputError) in
            try ParsedJSON(Data(json.utf8)).decode { decoder in try decoder.singleValueContainer().decode([Incident].self) }
        }
    }

    /// The array element by element through `Incident.init(from:)`.
    private func codable(_ json: String) -> Result<Decoded<[Incident]>, DocumentInputError> {
        Result { () throws(DocumentInputError) in
            try ParsedJSON(Data(json.utf8)).decode { decoder in
                var container = try decoder.unkeyedContainer()
                var incidents: [Incident] = []
                while !container.isAtEnd { incidents.append(try Incident(from: try container.superDecoder())) }
                return incidents
            }
        }
    }

    @Test(arguments: inputs)
    func theFastPathAndTheCodablePathAgree(incident: String) {
        let json = "[" + Self.good + ", " + incident + "]"
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

    /// Equal arrays of enumeration values share one buffer: one- and two-value arrays the
    /// table made, longer ones the first that was read.
    @Test(arguments: [#"["blow"]"#, #"["blow", "kick"]"#, #"["blow", "kick", "threat"]"#])
    func equalFormsShareOneBuffer(forms: String) throws {
        let json = "[" + Self.incident("forms", forms) + ", " + Self.incident("forms", forms) + "]"
        let incidents = try fast(json).get().value
        let buffers = incidents.map { $0.forms.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } }
        #expect(incidents.count == 2 && buffers[0] == buffers[1] && buffers[0] != 0)
    }

    @Test func theInputsCoverErrorsAndWarnings() {
        let results = Self.inputs.map { fast("[" + $0 + "]") }
        #expect(results.count { if case .failure = $0 { true } else { false } } >= 20)
        let warned = results.compactMap { try? $0.get() }.filter { !$0.warnings.isEmpty }
        #expect(warned.count == 1)
    }

    @Test func aMisspeltMemberOfAnIncidentIsSuggested() throws {
        let json = "[" + Self.good.replacing(#""otherForm""#, with: #""otherFrom""#) + "]"
        let warnings = try fast(json).get().warnings
        #expect(warnings.map(\.message) == [#"unknown member "otherFrom" is ignored; did you mean "otherForm"?"#])
        #expect(warnings.map(\.path.description) == ["$[0].otherFrom"])
    }
}
