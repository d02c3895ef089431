#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import Testing
import LearningMethods

@Suite struct SchemaTests {
    static let types: [any VersionedDocument.Type] = [LA2Plan.self, ResidentConference.self, BoardMeeting.self, PracticeStory.self]

    @Test func documentTypesAreKebabCase() {
        #expect(Self.types.map { $0.documentType } == ["la2-plan", "resident-conference", "board-meeting", "practice-story"])
        #expect(Self.types.allSatisfy { $0.formatVersion == 1 })
    }
}
