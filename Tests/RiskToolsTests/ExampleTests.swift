import Testing
import ForebygCore
import DocumentTree
@testable import RiskTools

@Suite("Examples")
struct ExampleTests {
    static let names = RiskExamples.all.map(\.name)

    func example(_ name: String) throws -> any VersionedDocument {
        try #require(RiskExamples.all.first { $0.name == name }).document
    }

    @Test("every example is free of validation errors and renders in both languages", arguments: names)
    func examplesAreValid(_ name: String) throws {
        let document = try example(name)
        #expect(!document.validate().containsErrors)
        let danish = document.document(in: .danish), english = document.document(in: .english)
        #expect(danish.metadata.language == .danish)
        #expect(english.metadata.language == .english)
        #expect(danish.metadata.slug == english.metadata.slug)
    }

    @Test("the seed content appears in the documents")
    func seedSentences() throws {
        let mestringsskema = allText(RiskExamples.mestringsskema.document(in: .english))
        #expect(mestringsskema.contains("Hvordan kan det blive endnu bedre til en anden gang?"))
        let episode = allText(RiskExamples.episodeReflection.document(in: .english))
        #expect(episode.contains("Øgede vi kravene til borgeren i eskaleringsfasen?"))
        #expect(episode.contains("Hvad var de første tegn, hvem var til stede, hvem gjorde hvad og hvornår?"))
        let bvc = allText(RiskExamples.bvcWeek.document(in: .danish))
        #expect(bvc.contains("Angreb på ting/genstande"))
        #expect(bvc.contains("3 gange dagligt i 3 måneder"))
        let fit = allText(RiskExamples.fitSeries.document(in: .danish))
        #expect(fit.contains("Nære relationer"))
    }}
