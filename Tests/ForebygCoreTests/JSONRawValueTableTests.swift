#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import Testing

/// The byte comparison of ``JSONRawValueTable`` gives the standard library's values and errors:
/// for escaped strings and for text that is canonically equivalent to a raw value in another
/// normalisation (which `init(rawValue:)` accepts).
@Suite struct JSONRawValueTableTests {
    enum Place: String, CaseIterable, Sendable, JSONRawValueDecodable {
        case kommune = "Kommune", river = "å", none = ""
    }

    private struct Visit: Equatable, JSONTapeDecodable {
        static let places = JSONRawValueTable<Place>()
        var place: Place

        init(from object: inout JSONObjectReader) throws {
            place = try Self.places.value(of: object.decodeStringValue("place"))
        }
    }

    /// The array is a member, so that its elements take the fast path (a top-level array
    /// goes through `Array.init(from:)` and the synthesized `init(from:)`).
    private struct Trip: Decodable {
        var visits: [Visit]
    }

    private func visits(_ text: String) throws -> [Visit] {
        try ParsedJSON(Data((#"{"visits": "# + text + "}").utf8)).decode(Trip.self).value.visits
    }

    @Test(arguments: [
        (#""Kommune""#, Place.kommune), (#""\u004Bommune""#, .kommune), (#""\u212Aommune""#, .kommune),
        (#""å""#, .river), (#""a\u030A""#, .river), (#""""#, Place.none),
    ])
    func matchesAsTheStandardLibraryDoes(_ json: String, _ place: Place) throws {
        let text = #"[{"place": "# + json + "}]"
        let decoded = try visits(text)
        #expect(decoded.map(\.place) == [place])
        let standard = try JSONDecoder().decode([Place].self, from: Data(("[" + json + "]").utf8))
        #expect(standard == [place])
    }

    @Test func anUnknownValueIsTheStandardLibrarysError() throws {
        let error = try #require(throws: DocumentInputError.self) {
            try visits(#"[{"place": "Region"}]"#)
        }
        #expect(error.path.description == "$.visits[0].place")
        #expect(error.message.contains("Cannot initialize Place from invalid String value Region"))
    }
}
