#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import Testing
import LearningMethods

@Suite struct DecodingTests {
    static func error<Value: VersionedDocument>(_ type: Value.Type, _ json: String) -> DocumentInputError? {
        do {
            _ = try DocumentCodec.decode(type, from: Data(json.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test func unknownEnumValueNamesItsPath() throws {
        let found = try #require(Self.error(LA2Plan.self, #"{"type":"la2-plan","version":1,"kind":"friendship","audience":"citizen","citizen":"x"}"#))
        #expect(found.path.description == "$.kind")
    }

    @Test func wrongTypeDeepInsideNamesItsPath() throws {
        let json = #"{"type":"board-meeting","version":1,"focusArea":"x","cards":[{"id":"a","proposal":"b","deadline":"2026-02-30"}]}"#
        let found = try #require(Self.error(BoardMeeting.self, json))
        #expect(found.path.description == "$.cards[0].deadline")
    }

    @Test func missingRequiredMemberIsReported() throws {
        let found = try #require(Self.error(ResidentConference.self, #"{"type":"resident-conference","version":1}"#))
        #expect(found.kind == .missingField)
        #expect(found.path.description == "$.resident")
    }

    @Test func minimalDocumentsDecodeWithDefaults() throws {
        let conference = try DocumentCodec.decode(ResidentConference.self, from: Data(#"{"type":"resident-conference","version":1,"resident":"b","unknown":true}"#.utf8))
        #expect(conference.agenda == ResidentConference.standardAgenda)
        #expect(conference.occasion == .scheduled)
        let story = try DocumentCodec.decode(PracticeStory.self, from: Data(#"{"type":"practice-story","version":1,"writer":""}"#.utf8))
        #expect(story == PracticeStory.blank)
        let board = try DocumentCodec.decode(BoardMeeting.self, from: Data(#"{"type":"board-meeting","version":1,"focusArea":"f","cards":[{"id":"c","proposal":"p"}]}"#.utf8))
        #expect(board.cards.first?.state == .proposed)
        #expect(board.agenda == BoardMeeting.standardAgenda)
    }

    @Test func wrongDocumentTypeIsRejected() throws {
        let found = try #require(Self.error(PracticeStory.self, #"{"type":"la2-plan","version":1,"writer":""}"#))
        #expect(found.kind == .unknownDocumentType)
    }
}
