#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DocumentTree
import ForebygCore
import Testing
import LearningMethods

@Suite struct ExampleFixtureTests {
    static let names = LearningExamples.all.map(\.name)

    @Test func examplesHaveUniqueKebabCaseNames() {
        #expect(Set(Self.names).count == Self.names.count)
        #expect(Self.names.allSatisfy { $0.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } })
        #expect(Self.names.count == 7)
    }

    @Test(arguments: names)
    func fixtureRoundTripsByteForByte(name: String) throws {
        let example = TestSupport.example(name)
        let url = TestSupport.fixtureURL(name)
        if ProcessInfo.processInfo.environment["LEARNING_RECORD_FIXTURES"] != nil {
            try DocumentCodec.encode(example).write(to: url)
        }
        let data = try Data(contentsOf: url)
        try Self.checkRoundTrip(example, data)
    }

    private static func checkRoundTrip<Value: VersionedDocument>(_ example: Value, _ data: Data) throws {
        let decoded = try DocumentCodec.decode(Value.self, from: data)
        #expect(try DocumentCodec.encode(decoded) == data)
        #expect(try DocumentCodec.encode(example) == data)
    }

    @Test(arguments: names)
    func examplesValidateCleanly(name: String) {
        #expect(TestSupport.example(name).validate().isEmpty)
    }

    @Test(arguments: names, Language.allCases)
    func examplesMapToDocuments(name: String, language: Language) {
        let document = TestSupport.example(name).document(in: language)
        #expect(document.metadata.language == language)
        #expect(!document.metadata.slug.isEmpty)
        #expect(document.blocks.count > 3)
        for table in document.tables {
            #expect(table.rows.allSatisfy { $0.count == table.columns.count })
            #expect(table.columns.allSatisfy { $0.key.allSatisfy { $0.isLowercase || $0 == "_" } })
        }
    }
}
