import ForebygCore
import Foundation
import Testing
@testable import IncidentAnalysis

/// The decoding of a large array gives the tape's pages back behind it; whatever reads them
/// again (an error's path and position, the unknown-member pass and its suggestions, a second
/// decoding) parses the text again, so values, warnings and errors are those of a tape kept whole.
@Suite struct TapeReleaseTests {
    /// Enough incidents that the tape spans many pages, with `incident` near the end.
    private static func log(ending incident: String) -> String {
        "[" + Array(repeating: FastDecodingTests.inputs[0], count: 600).joined(separator: ", ") + ", " + incident + "]"
    }

    /// Decodes `[Incident]`, giving the tape back after every element (`0`) or never (`.max`).
    private func decode(_ json: String, tapeReleaseStride: Int) -> Result<Decoded<[Incident]>, DocumentInputError> {
        Result { () throws(DocumentInputError) in
            try ParsedJSON(Data(json.utf8), pages: nil, tapeReleaseStride: tapeReleaseStride)
                .decode { decoder in try decoder.singleValueContainer().decode([Incident].self) }
        }
    }

    @Test(arguments: FastDecodingTests.inputs)
    func givingTheTapeBackChangesNoResult(incident: String) {
        let json = Self.log(ending: incident)
        switch (decode(json, tapeReleaseStride: 0), decode(json, tapeReleaseStride: .max)) {
        case (.success(let released), .success(let kept)):
            #expect(released.value == kept.value)
            #expect(released.warnings == kept.warnings)
        case (.failure(let released), .failure(let kept)):
            #expect(released == kept)
            #expect(released.position == kept.position)
        case (let released, let kept):
            Issue.record("the results disagree: \(released) against \(kept)")
        }
    }

    @Test func aSecondDecodingAfterTheTapeWasGivenBackParsesAgain() throws {
        let json = Self.log(ending: FastDecodingTests.inputs[2])
        let parsed = try ParsedJSON(Data(json.utf8), pages: nil, tapeReleaseStride: 0)
        let first = try parsed.decode { decoder in try decoder.singleValueContainer().decode([Incident].self) }
        let second = try parsed.decode { decoder in try decoder.singleValueContainer().decode([Incident].self) }
        #expect(first.value == second.value)
        #expect(first.warnings == second.warnings)
        #expect(first.warnings.map(\.path.description) == ["$[600].extra"])
    }

    @Test func anArrayReadTwiceInOnePassIsReadWhole() throws {
        let json = #"{"a": "# + Self.log(ending: FastDecodingTests.inputs[0]) + "}"
        let parsed = try ParsedJSON(Data(json.utf8), pages: nil, tapeReleaseStride: 0)
        struct Twice: Decodable {
            let first: [Incident], second: [Incident]
            enum Key: CodingKey { case a }
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: Key.self)
                first = try container.decode([Incident].self, forKey: .a)
                second = try container.decode([Incident].self, forKey: .a)
            }
        }
        let twice = try parsed.decode(Twice.self).value
        #expect(twice.first == twice.second)
        #expect(twice.first.count == 601)
    }
}
