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
