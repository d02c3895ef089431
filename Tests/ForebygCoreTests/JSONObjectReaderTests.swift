#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import Testing

/// ``JSONObjectReader`` finds members through its member index whatever order the text has
/// them in: names that share their first seven bytes, escaped names, the empty name, absent
/// members, nested readers, and objects too large for the shared block of index words.
@Suite struct JSONObjectReaderTests {
    private struct Visit: Equatable, JSONTapeDecodable {
        var place: String
        var placeholder: String?
        var placement: String
        var empty: String?
        var note: String?
        var guide: Guide?

        init(place: String, placeholder: String?, placement: String, empty: String?, note: String?, guide: Guide?) {
            (self.place, self.placeholder, self.placement, self.empty, self.note, self.guide) =
                (place, placeholder, placement, empty, note, guide)
        }

        enum CodingKeys: String, CodingKey {
            case place, placeholder, placement, empty = "", note, guide
        }

        init(from object: inout JSONObjectReader) throws {
            place = try object.decode(String.self, "place")
            placeholder = try object.decodeIfPresent(String.self, "placeholder")
            placement = try object.decode(String.self, "placement")
            empty = try object.decodeIfPresent(String.self, "")
            note = try object.decodeIfPresent(String.self, "note")
            guide = try object.decodeIfPresent(Guide.self, "guide")
        }
    }

    /// The array is a member, so that its elements take the fast path (a top-level array
    /// goes through `Array.init(from:)`).
    private struct Trip: Decodable {
        var visits: [Visit]
    }

    /// The visits of `text`, the array of a trip's `visits`.
    private func visits(_ text: String) throws -> Decoded<[Visit]> {
        let decoded = try ParsedJSON(Data((#"{"visits": "# + text + "}").utf8)).decode(Trip.self)
        return Decoded(value: decoded.value.visits, warnings: decoded.warnings)
    }

    private struct Guide: Equatable, JSONTapeDecodable {
        var name: String

        init(name: String) {
            self.name = name
        }

        init(from object: inout JSONObjectReader) throws {
            name = try object.decode(String.self, "name")
        }
    }

    @Test func findsMembersInAnyOrderAndSpelling() throws {
        let text = #"""
            [{"guide": {"name": "Åse"}, "": "tom", "placement": "B", "plac\u0065holder": "A", "place": "C"},
             {"place": "D", "placement": "E"}]
            """#
        let decoded = try visits(text)
        #expect(decoded.value == [
            Visit(place: "C", placeholder: "A", placement: "B", empty: "tom", note: nil, guide: Guide(name: "Åse")),
            Visit(place: "D", placeholder: nil, placement: "E", empty: nil, note: nil, guide: nil),
        ])
        #expect(decoded.warnings.isEmpty)
    }

    @Test func aMemberNotAskedForIsStillUnknown() throws {
        let decoded = try visits(#"[{"place": "C", "placement": "B", "placements": "x"}]"#)
        #expect(decoded.warnings.map(\.path.description) == ["$.visits[0].placements"])
    }

    @Test func aMissingMemberIsTheKeyedContainersError() throws {
        let error = try #require(throws: DocumentInputError.self) {
            try visits(#"[{"place": "C", "guide": {"nome": "x"}, "placement": "B"}]"#)
        }
        #expect(error.path.description == "$.visits[0].guide.name")
    }

    @Test func anObjectLargerThanTheSharedBlockIsRead() throws {
        let filler = (0..<3000).map { #""member\#($0)": \#($0)"# }.joined(separator: ", ")
        let text = #"[{"# + filler + #", "place": "C", "placement": "B", "guide": {"name": "G"}}]"#
        let decoded = try visits(text)
        #expect(decoded.value.first?.guide == Guide(name: "G"))
        #expect(decoded.value.first?.placement == "B")
        #expect(decoded.warnings.count == 3000)
    }
}
