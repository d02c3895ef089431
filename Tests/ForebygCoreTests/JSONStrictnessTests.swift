#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DocumentTree
import ForebygCore
import Testing

private let sampleHeader = #"{"type": "sample", "version": 1, "#
private let sampleDocument = sampleHeader + #""count": 1}"#

/// The reader's rules (RFC 8259 and I-JSON): every rejected input names its kind, path, line and column.
@Suite struct JSONStrictnessTests {
    private struct Sample: VersionedDocument {
        static let documentType = "sample"
        static let formatVersion = 1
        static var schema: JSONSchema { .object([]) }
        var count: Int
        var deadline: CalendarDate?
        var rows: [Row]?

        struct Row: Codable {
            var id: String
            var deadline: CalendarDate?
        }

        func validate() -> [Diagnostic] { [] }
        func document(in language: Language) -> Document { Document(metadata: .init(title: "S", slug: "s"), blocks: []) }
    }

    /// An expected error: kind, path, line and column.
    struct Expected: CustomTestStringConvertible, Sendable {
        let input: [UInt8]
        let kind: DocumentInputError.Kind
        let path: String
        let line: Int
        let column: Int

        init(_ text: String, _ path: String, line: Int = 1, column: Int) {
            self.init(bytes: Array(text.utf8), .invalidJSON, path, line: line, column: column)
        }

        init(_ text: String, _ kind: DocumentInputError.Kind, _ path: String, line: Int = 1, column: Int) {
            self.init(bytes: Array(text.utf8), kind, path, line: line, column: column)
        }

        init(bytes: [UInt8], _ path: String, line: Int = 1, column: Int) {
            self.init(bytes: bytes, .invalidJSON, path, line: line, column: column)
        }

        init(bytes: [UInt8], _ kind: DocumentInputError.Kind, _ path: String, line: Int = 1, column: Int) {
            input = bytes
            self.kind = kind
            self.path = path
            self.line = line
            self.column = column
        }

        var testDescription: String { String(decoding: input, as: UTF8.self) }
    }

    private func check(_ expected: Expected, limits: JSONReadingLimits = .standard) throws {
        let error = try #require(throws: DocumentInputError.self) {
            let parsed = try ParsedJSON(Data(expected.input), limits: limits)
            let header = try DocumentCodec.header(of: parsed)
            #expect(header.type == "sample")
            _ = try parsed.decode(Sample.self)
        }
        #expect(error.kind == expected.kind, "\(error)")
        #expect(error.path.description == expected.path, "\(error)")
        #expect(error.position == DocumentInputError.Position(line: expected.line, column: expected.column), "\(error)")
    }


    @Test(arguments: [
        Expected(#"{"count": 1, "count": 2}"#, "$.count", column: 14),
        Expected(#"{"type": "sample", "version": 1, "type": "other", "count": 1}"#, "$.type", column: 34),
        Expected(sampleHeader + #""rows": [{"id": "a"}, {"id": "b", "id": "c"}], "count": 1}"#, "$.rows[1].id", column: 68),
        Expected(#"{"\u0063ount": 1, "count": 2}"#, "$.count", column: 19),
        Expected(#"{"count": 1, "\u0063ount": 2}"#, "$.count", column: 14),
        Expected(#"{"id": 1, "count": 1, "type": 2, "nt": 3, "count": 2}"#, "$.count", column: 43),
        Expected("{" + (0..<20).map { "\"m\($0)\": \($0), " }.joined() + #""m7": 0}"#, "$.m7", column: 202),
        Expected("{" + (0..<40).map { "\"m\($0)\": \($0), " }.joined() + #""m7": 0}"#, "$.m7", column: 422),
        Expected("{" + (0..<40).map { "\"m\($0)\": \($0), " }.joined() + #""\u006d39": 0}"#, "$.m39", column: 422),
    ])
    func duplicateMembersAreErrors(_ expected: Expected) throws {
        try check(expected)
    }

    /// Names are the same when their code points are (RFC 8259, section 8.3), not when they are
    /// canonically equivalent: `é` as one code point and as `e` with a combining accent are two
    /// names, escaped or not, in a small object and in one checked by hash.
    @Test(arguments: [0, 40])
    func namesThatDifferOnlyInNormalisationAreDistinct(_ filler: Int) throws {
        let members = (0..<filler).map { "\"m\($0)\": \($0), " }.joined()
        for (first, second) in [(#"\u00e9"#, #"e\u0301"#), ("\u{E9}", #"e\u0301"#), (#"\u00e9"#, "e\u{301}")] {
            let text = "{" + members + "\"" + first + "\": 1, \"" + second + "\": 2}"
            #expect(throws: Never.self, "\(text)") { try ParsedJSON(Data(text.utf8)) }
        }
        try check(Expected("{" + members + #""\u00e9": 1, "é": 2}"#, "$['é']", column: members.utf8.count + 15))
    }

    /// Two members whose names differ only in normalisation: each is read by its own key, and
    /// an error in either is at its own line and column.
    @Test func membersThatDifferOnlyInNormalisationAreReadApart() throws {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        struct Pair: Decodable {
            var composed: Int, decomposed: Int
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: Key.self)
                composed = try container.decode(Int.self, forKey: Key(stringValue: "caf\u{E9}"))
                decomposed = try container.decode(Int.self, forKey: Key(stringValue: "cafe\u{301}"))
            }
        }
        let pair = try ParsedJSON(Data(#"{"caf\u00e9": 1, "cafe\u0301": 2}"#.utf8)).decode(Pair.self).value
        #expect((pair.composed, pair.decomposed) == (1, 2))
        for (text, column) in [(#"{"caf\u00e9": "1", "cafe\u0301": 2}"#, 15), (#"{"caf\u00e9": 1, "cafe\u0301": "2"}"#, 32)] {
            let error = try #require(throws: DocumentInputError.self) { try ParsedJSON(Data(text.utf8)).decode(Pair.self) }
            #expect(error.position == DocumentInputError.Position(line: 1, column: column), "\(error)")
        }
    }

    /// An object checked by hash (over 32 members) keeps its table while an object inside it is
    /// checked, and drops it when it closes: duplicates are found inside and after the inner one.
    @Test func duplicatesInsideAndAfterAnObjectNestedInALargeOne() throws {
        let members = (0..<40).map { "\"m\($0)\": \($0), " }.joined()
        let inner = "{" + members + #""inner": {"m3": 1, "a": 1, "#
        try check(Expected(inner + #""a": 2}}"#, "$.inner.a", column: inner.utf8.count + 1))
        let after = "{" + members + #""inner": {"m3": 1, "m39": 2}, "#
        try check(Expected(after + #""m3": 0}"#, "$.m3", column: after.utf8.count + 1))
    }

    @Test(arguments: [
        Expected(sampleHeader + #""count": 1,}"#, "$", column: 45),
        Expected(sampleHeader + #""count": 1, "rows": [{"id": "a"},]}"#, "$.rows", column: 67),
        Expected("{\n  \"type\": \"sample\",\n  \"version\": 1,\n  \"count\": 1,\n}", "$", line: 5, column: 1),
        Expected("[1, 2,,]", "$[2]", column: 7),
    ])
    func trailingCommasAreErrors(_ expected: Expected) throws {
        try check(expected)
    }


    /// Errors after indentation of every width from 0 to 17 spaces, and after a tab and a
    /// carriage return, keep their line and column; indented documents decode.
    @Test(arguments: [0, 1, 7, 8, 9, 15, 16, 17])
    func errorsAfterIndentationKeepTheirColumn(_ width: Int) throws {
        let indent = String(repeating: " ", count: width)
        try check(Expected("{\n\(indent)\"count\": 1,\n\(indent)}", "$", line: 3, column: width + 1))
        try check(Expected("{\n\(indent)\"count\": 1,\r\n\t\(indent)x", "$", line: 3, column: width + 2))
        let indented = "{\n\(indent)\"type\": \"sample\",\n\(indent)\"version\": 1,\n\(indent)\"count\": \(width)\n\(indent)}\n"
        #expect(try DocumentCodec.decode(Sample.self, from: Data(indented.utf8)).count == width)
    }

    @Test(arguments: [
        Expected(bytes: [0xFF, 0xFE] + Array(sampleDocument.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "$", column: 1),
        Expected(bytes: [0xFE, 0xFF] + Array(sampleDocument.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, "$", column: 1),
        Expected(bytes: Array(sampleDocument.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "$", column: 1),
        Expected(bytes: Array(sampleDocument.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, "$", column: 1),
        Expected(bytes: Array(sampleDocument.unicodeScalars).flatMap { [UInt8($0.value), 0, 0, 0] }, "$", column: 1),
        Expected(bytes: Array(sampleDocument.unicodeScalars).flatMap { [0, 0, 0, UInt8($0.value)] }, "$", column: 1),
        Expected(bytes: [0x00, 0x00, 0xFE, 0xFF] + Array(sampleDocument.unicodeScalars).flatMap { [0, 0, 0, UInt8($0.value)] }, "$", column: 1),
    ])
    func utf16AndUTF32AreErrors(_ expected: Expected) throws {
        try check(expected)
        let error = try #require(throws: DocumentInputError.self) { try ParsedJSON(Data(expected.input)) }
        #expect(error.message.contains("UTF-16") || error.message.contains("UTF-32"))
        #expect(error.message.contains("must be UTF-8"))
    }

    @Test func aUTF8ByteOrderMarkIsSkipped() throws {
        let value = try DocumentCodec.decode(Sample.self, from: Data([0xEF, 0xBB, 0xBF] + Array(sampleDocument.utf8)))
        #expect(value.count == 1)
        try check(Expected(bytes: [0xEF, 0xBB, 0xBF] + Array("{,}".utf8), "$", column: 3))
        try check(Expected(bytes: [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array(sampleDocument.utf8), "$", column: 2))
    }

    @Test(arguments: [
        Expected(bytes: Array(#"{"type": "sample", "version": 1, "count": 1, "x": ""#.utf8) + [0xFF] + Array("\"}".utf8), "$.x", column: 52),
        Expected(bytes: Array(#"{"x": "ab"#.utf8) + [0xC0, 0x80] + Array("\"}".utf8), "$.x", column: 10),
        Expected(bytes: Array(#"{"x": ""#.utf8) + [0xED, 0xA0, 0x80] + Array("\"}".utf8), "$.x", column: 8),
        Expected(bytes: Array(#"{"x": "æ"#.utf8) + [0xC3] + Array("\"}".utf8), "$.x", column: 10),
        Expected(bytes: Array(#"{"x": ""#.utf8) + [0xF4, 0x90, 0x80, 0x80] + Array("\"}".utf8), "$.x", column: 8),
        Expected(bytes: Array(#"{"#.utf8) + [0xC3, 0xA6] + Array(#"": 1}"#.utf8), "$", column: 2),
    ])
    func invalidUTF8IsAnError(_ expected: Expected) throws {
        try check(expected)
    }

    @Test(arguments: [
        Expected(#"{"x": "\ud800"}"#, "$.x", column: 8),
        Expected(#"{"x": "\udc00 after"}"#, "$.x", column: 8),
        Expected(#"{"x": "\ud83d\u0041"}"#, "$.x", column: 8),
        Expected(#"{"x": "abc\ud83d"}"#, "$.x", column: 11),
    ])
    func loneSurrogatesAreErrors(_ expected: Expected) throws {
        try check(expected)
    }

    @Test func surrogatePairsAndEscapesDecode() throws {
        let json = sampleHeader + #""count": 1, "rows": [{"id": "\ud83d\ude00 \u00e6 \"q\" \\ \/ \t\n"}]}"#
        let sample = try DocumentCodec.decode(Sample.self, from: Data(json.utf8))
        #expect(sample.rows?.first?.id == "😀 æ \"q\" \\ / \t\n")
    }

    @Test(arguments: [
        Expected("{\"x\": \"a\tb\"}", "$.x", column: 9),
        Expected("{\"x\": \"a\nb\"}", "$.x", column: 9),
        Expected("{\"x\": \"\u{0}\"}", "$.x", column: 8),
        Expected("{\"x\": \"\\x\"}", "$.x", column: 9),
    ])
    func controlCharactersAndUnknownEscapesAreErrors(_ expected: Expected) throws {
        try check(expected)
    }

    @Test(arguments: [
        Expected(sampleHeader + #""count": 01}"#, "$.count", column: 43),
        Expected(sampleHeader + #""count": 1.}"#, "$.count", column: 45),
        Expected(sampleHeader + #""count": .5}"#, "$.count", column: 43),
        Expected(sampleHeader + #""count": -}"#, "$.count", column: 44),
        Expected(sampleHeader + #""count": 1e}"#, "$.count", column: 45),
        Expected(sampleHeader + #""count": +1}"#, "$.count", column: 43),
        Expected(sampleHeader + #""count": 0x10}"#, "$.count", column: 44),
        Expected(sampleHeader + #""count": NaN}"#, "$.count", column: 43),
        Expected(sampleHeader + #""count": tru}"#, "$.count", column: 43),
        Expected(sampleHeader + #""count": nulls}"#, "$.count", column: 43),
    ])
    func malformedNumbersAndLiteralsAreErrors(_ expected: Expected) throws {
        try check(expected)
    }

    @Test(arguments: [
        Expected(sampleHeader + #""count": 1.5}"#, .invalidValue, "$.count", column: 43),
        Expected(sampleHeader + #""count": 1e300}"#, .invalidValue, "$.count", column: 43),
        Expected(sampleHeader + #""count": 18446744073709551616}"#, .invalidValue, "$.count", column: 43),
        Expected(sampleHeader + #""count": 9007199254740993}"#, .invalidValue, "$.count", column: 43),
        Expected(sampleHeader + #""count": -9007199254740993}"#, .invalidValue, "$.count", column: 43),
        Expected(sampleHeader + #""count": 1e-400}"#, .invalidValue, "$.count", column: 43),
        Expected(sampleHeader + #""count": "1"}"#, .wrongType, "$.count", column: 43),
        Expected(#"{"type": "sample", "version": 1.5, "count": 1}"#, .invalidValue, "$.version", column: 31),
        Expected(#"{"type": "sample", "version": 1e-400, "count": 1}"#, .invalidValue, "$.version", column: 31),
        Expected(#"{"type": "sample", "version": 1e300, "count": 1}"#, .invalidValue, "$.version", column: 31),
        Expected(#"{"type": "sample", "version": "1", "count": 1}"#, .unsupportedVersion, "$.version", column: 31),
        Expected(sampleHeader + #""rows": [{"id": 7}], "count": 1}"#, .wrongType, "$.rows[0].id", column: 50),
        Expected(sampleHeader + #""rows": [{}], "count": 1}"#, .missingField, "$.rows[0].id", column: 43),
    ])
    func numbersThatDoNotFitAreErrorsAtTheirMember(_ expected: Expected) throws {
        try check(expected)
    }

    @Test func wholeNumbersMaySpellAFractionOrExponent() throws {
        for (text, value) in [("3.0", 3), ("0.3e1", 3), ("-0", 0), ("9007199254740992", 9_007_199_254_740_992), ("-9007199254740992", -9_007_199_254_740_992), ("1E2", 100)] {
            let sample = try DocumentCodec.decode(Sample.self, from: Data((sampleHeader + "\"count\": \(text)}").utf8))
            #expect(sample.count == value, "\(text)")
        }
    }

    @Test func depthIsLimited() throws {
        let limits = JSONReadingLimits(maximumBytes: 1 << 20, maximumDepth: 3)
        try check(Expected(#"{"a": [[{"b": 1}]]}"#, "$.a[0][0]", column: 9), limits: limits)
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        try check(Expected(deep, "$" + String(repeating: "[0]", count: 64), column: 65))
        let allowed = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try ParsedJSON(Data(allowed.utf8)) }
    }

    @Test func sizeIsLimited() throws {
        let limits = JSONReadingLimits(maximumBytes: 40, maximumDepth: 64)
        try check(Expected(sampleDocument, "$", column: 1), limits: limits)
        #expect(JSONReadingLimits.standard.maximumBytes == 1 << 30)
        #expect(JSONReadingLimits(maximumBytes: .max, maximumDepth: 1).maximumBytes == Int(UInt32.max))
    }

    @Test(arguments: [
        Expected("", "$", column: 1),
        Expected("   ", "$", column: 4),
        Expected(sampleDocument + " x", "$", column: 46),
        Expected(#"{"type": "sample" "version": 1}"#, "$", column: 19),
        Expected(#"{"type" "sample"}"#, "$", column: 9),
        Expected(#"{type: "sample"}"#, "$", column: 2),
        Expected(#"{"type": 'sample'}"#, "$.type", column: 10),
        Expected(#"{"type": "sample"#, "$.type", column: 10),
        Expected("{\"a\": [1, 2", "$.a", column: 12),
        Expected("// comment\n{}", "$", column: 1),
    ])
    func otherSyntaxErrorsHaveAPosition(_ expected: Expected) throws {
        try check(expected)
    }

    @Test func syntaxErrorsShowTheirPositionInTheDiagnostic() throws {
        let error = try #require(throws: DocumentInputError.self) { try ParsedJSON(Data("{\n  \"a\": tru\n}".utf8)) }
        #expect(error.path.description == "$.a")
        #expect(error.position == .init(line: 2, column: 8))
        #expect(error.diagnostic.message == #"not valid JSON: expected a value, found "tru" (line 2, column 8)"#)
        #expect(error.description == #"at $.a: not valid JSON: expected a value, found "tru" (line 2, column 8)"#)
    }
}
