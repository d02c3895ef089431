#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import Testing

/// Edges of the fast path's byte comparisons and shared block (``JSONMemberIndex``,
/// ``JSONMemberStack``, ``JSONRawValueTable``) where it must still give what the `Codable`
/// path gives: an object whose index fills the shared block exactly, and names and raw values
/// of 255 bytes or more, whose keys hold 255 for any length from 255 on.
@Suite struct JSONMemberIndexEdgeTests {
    private struct Guide: Equatable, JSONTapeDecodable {
        var name: String

        init(from object: inout JSONObjectReader) throws {
            name = try object.decode(String.self, "name")
        }
    }

    private struct Visit: Equatable, JSONTapeDecodable {
        var place: String
        var guide: Guide?

        init(from object: inout JSONObjectReader) throws {
            place = try object.decode(String.self, "place")
            guide = try object.decodeIfPresent(Guide.self, "guide")
        }
    }

    /// A wanted name of exactly 255 bytes.
    /// Members whose names have one to seven bytes.
    private struct ShortNames: Decodable, JSONTapeDecodable {
        var a, ab, abc, abcd, abcde, abcdef, abcdefg: Int

        var values: [Int] { [a, ab, abc, abcd, abcde, abcdef, abcdefg] }

        init(from object: inout JSONObjectReader) throws {
            a = try object.decode(Int.self, "a")
            ab = try object.decode(Int.self, "ab")
            abc = try object.decode(Int.self, "abc")
            abcd = try object.decode(Int.self, "abcd")
            abcde = try object.decode(Int.self, "abcde")
            abcdef = try object.decode(Int.self, "abcdef")
            abcdefg = try object.decode(Int.self, "abcdefg")
        }
    }

    private struct LongName: Equatable, JSONTapeDecodable {
        static let name = String(repeating: "a", count: 255)
        var value: Int?

        init(from decoder: any Decoder) throws {
            value = try decoder.container(keyedBy: JSONCodingKey.self).decodeIfPresent(Int.self, forKey: JSONCodingKey(Self.name))
        }

        init(from object: inout JSONObjectReader) throws {
            value = try object.decodeIfPresent(
                Int.self,
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        }
    }

    enum Length: String, CaseIterable, Sendable, JSONRawValueDecodable {
        case long = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
        case short = "b"
    }

    private struct Measure: Equatable, JSONTapeDecodable {
        static let lengths = JSONRawValueTable<Length>()
        var length: Length

        init(from object: inout JSONObjectReader) throws {
            length = try Self.lengths.value(of: object.decodeStringValue("length"))
        }
    }

    /// The array is a member, so that its elements take the fast path.
    private struct List<Element: Decodable>: Decodable {
        var items: [Element]
    }

    private static func fast<Element: Decodable>(_ type: Element.Type, _ items: String) throws -> Decoded<[Element]> {
        let decoded = try ParsedJSON(Data((#"{"items": "# + items + "}").utf8)).decode(List<Element>.self)
        return Decoded(value: decoded.value.items, warnings: decoded.warnings)
    }

    /// Members `m0`, `m1`, … so that an object has `count` members in all.
    private static func filler(_ count: Int) -> String {
        (0..<count).map { #""m\#($0)": 0"# }.joined(separator: ", ")
    }

    /// 2048 members take the block's 4096 words; the empty object's index of no words is then
    /// lent at the block's end and given back as if it had been allocated (`free` of a pointer
    /// into the block: SIGABRT). Expected: the keyed container's `keyNotFound`.
    @Test func anEmptyObjectInsideAnObjectThatFillsTheBlockIsAnErrorNotATrap() async {
        await #expect(processExitsWith: .success) {
            let text = #"[{"# + JSONMemberIndexEdgeTests.filler(2046) + #", "place": "C", "guide": {}}]"#
            let error = try #require(throws: DocumentInputError.self) { try JSONMemberIndexEdgeTests.fast(Visit.self, text) }
            #expect(error.path.description == "$.items[0].guide.name")
        }
    }

    /// One member fewer leaves two words: the same input then reads as it should.
    @Test func anEmptyObjectInsideAnObjectOneMemberShortOfTheBlockIsAnError() throws {
        let text = #"[{"# + Self.filler(2045) + #", "place": "C", "guide": {}}]"#
        let error = try #require(throws: DocumentInputError.self) { try Self.fast(Visit.self, text) }
        #expect(error.path.description == "$.items[0].guide.name")
    }

    /// A short name's key is read in one load of eight bytes, which in compact text reach into
    /// the next member, with the bytes after the name masked off; the last name here lies
    /// within eight bytes of the text's end, where the key is read byte by byte. Expected:
    /// every member found, in either order.
    @Test func shortNamesAreFoundWhateverBytesFollowThem() throws {
        let forwards = #"{"a":1,"ab":2,"abc":3,"abcd":4,"abcde":5,"abcdef":6,"abcdefg":7}"#
        let backwards = #"{"abcdefg":7,"abcdef":6,"abcde":5,"abcd":4,"abc":3,"ab":2,"a":1}"#
        let decoded = try Self.fast(ShortNames.self, "[\(forwards),\(backwards)]")
        #expect(decoded.value.map(\.values) == [Array(1...7), Array(1...7)])
        #expect(decoded.warnings.isEmpty)
    }

    /// A member name of 300 bytes and the wanted one of 255 share a key and their first 255
    /// bytes; the lookup compares only the wanted name's length, so it takes the longer name
    /// for the wanted one. Expected (the `Codable` path): absent, and the member unknown.
    @Test func aNameOf255BytesIsNotALongerMemberName() throws {
        #expect(LongName.name.utf8.count == 255)
        let decoded = try Self.fast(LongName.self, #"[{""# + String(repeating: "a", count: 300) + #"": 1}]"#)
        #expect(decoded.value.map(\.value) == [nil])
        #expect(decoded.warnings.count == 1)
    }

    /// A string of 255 bytes that begins a raw value of 300 shares its key; the table compares
    /// only the string's length and takes it for that raw value. Expected: the standard
    /// library's error for a string that is no raw value.
    @Test(arguments: [255, 256])
    func aStringOf255BytesOrMoreIsNotALongerRawValue(length: Int) throws {
        #expect(Length.long.rawValue.utf8.count == 300)
        let text = #"[{"length": ""# + String(repeating: "b", count: length) + #""}]"#
        let error = try #require(throws: DocumentInputError.self) { try Self.fast(Measure.self, text) }
        #expect(error.path.description == "$.items[0].length")
        #expect(error.message.contains("Cannot initialize Length from invalid String value"))
    }
}

