#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DocumentTree
import ForebygCore
import Testing

private struct Sample: VersionedDocument, Equatable {
    static let documentType = "sample"
    static let formatVersion = 1
    static var schema: JSONSchema { .object([]) }
    var day: CalendarDate
    var count: Int
    var who: PseudonymousReference

    func validate() -> [Diagnostic] { [] }
    func document(in language: Language) -> Document {
        Document(metadata: DocumentMetadata(title: "Sample", slug: "sample"), blocks: [])
    }
}

@Suite struct DocumentCodecTests {
    private func data(_ text: String) -> Data { Data(text.utf8) }

    @Test func roundTripsCanonically() throws {
        let sample = Sample(day: CalendarDate("2026-02-17"), count: 3, who: "borger-7")
        let encoded = try DocumentCodec.encode(sample)
        let text = String(decoding: encoded, as: UTF8.self)
        #expect(text.contains("\"type\" : \"sample\""))
        #expect(text.contains("\"version\" : 1"))
        #expect(text.hasSuffix("}\n"))
        let decoded = try DocumentCodec.decode(Sample.self, from: encoded)
        #expect(decoded == sample)
        #expect(try DocumentCodec.encode(decoded) == encoded)
    }

    @Test func namesThePathOfABadDate() {
        let input = data(#"{"type":"sample","version":1,"day":"2026-02-30","count":1,"who":"x"}"#)
        #expect {
            try DocumentCodec.decode(Sample.self, from: input)
        } throws: { error in
            let error = error as! DocumentInputError
            return error.kind == .invalidValue && error.path.description == "$.day" && error.message.contains("2026-02-30")
        }
    }

    @Test func namesThePathOfAWrongType() {
        let input = data(#"{"type":"sample","version":1,"day":"2026-02-03","count":"three","who":"x"}"#)
        #expect {
            try DocumentCodec.decode(Sample.self, from: input)
        } throws: { error in
            let error = error as! DocumentInputError
            return error.kind == .wrongType && error.path.description == "$.count"
        }
    }

    @Test func namesAMissingMember() {
        let input = data(#"{"type":"sample","version":1,"day":"2026-02-03","who":"x"}"#)
        #expect {
            try DocumentCodec.decode(Sample.self, from: input)
        } throws: { error in
            let error = error as! DocumentInputError
            return error.kind == .missingField && error.path.description == "$.count"
        }
    }

    @Test func rejectsWrongTypeNewerVersionAndNonJSON() {
        let cases: [(String, DocumentInputError.Kind, String)] = [
            (#"{"type":"other","version":1}"#, .unknownDocumentType, "$.type"),
            (#"{"type":"sample","version":2}"#, .unsupportedVersion, "$.version"),
            (#"{"version":1}"#, .unknownDocumentType, "$.type"),
            (#"{"type":"sample"}"#, .unsupportedVersion, "$.version"),
            ("{not json", .invalidJSON, "$"),
        ]
        for (text, kind, path) in cases {
            #expect {
                try DocumentCodec.decode(Sample.self, from: data(text))
            } throws: { error in
                let error = error as! DocumentInputError
                return error.kind == kind && error.path.description == path
            }
        }
    }

    @Test func ignoresUnknownMembers() throws {
        let input = data(#"{"type":"sample","version":1,"day":"2026-02-03","count":1,"who":"x","extra":[1]}"#)
        #expect(try DocumentCodec.decode(Sample.self, from: input).count == 1)
    }

    @Test func fieldPathsPrintAndParse() {
        let path = FieldPath.root.key("workingGroups").index(1).key("members").index(0).key("odd key")
        #expect(path.description == "$.workingGroups[1].members[0]['odd key']")
        #expect(FieldPath(jsonPath: path.description) == path)
        #expect(FieldPath.root.key("it's").key("æble").index(12).key("_a1").description == #"$['it\'s']['æble'][12]._a1"#)
        #expect(FieldPath.root.description == "$")
        let diagnostic = Diagnostic.warning(.inputUnknownMember, at: path, "a message with \"quotes\"")
        #expect(diagnostic.description == #"warning at $.workingGroups[1].members[0]['odd key']: a message with "quotes" (input.unknownMember)"#)
    }
}
