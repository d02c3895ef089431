#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
import ForebygCore
import DocumentTree
@testable import RiskTools

@Suite("Fixtures and schemas")
struct FixtureTests {
    static let names = RiskExamples.all.map(\.name)

    func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: fixtureFolder.appendingPathComponent("\(name).json"))
    }

    func example(_ name: String) throws -> any VersionedDocument {
        try #require(RiskExamples.all.first { $0.name == name }).document
    }

    func roundTrip<T: VersionedDocument>(_ type: T.Type, _ data: Data) throws -> Data {
        try DocumentCodec.encode(try DocumentCodec.decode(type, from: data))
    }

    @Test("every example's fixture decodes and re-encodes byte for byte", arguments: names)
    func fixtureRoundTrip(_ name: String) throws {
        let data = try fixture(name)
        let document = try example(name)
        #expect(try encodeAny(document) == data)
        let reencoded: Data
        switch document {
        case is BVCSeries: reencoded = try roundTrip(BVCSeries.self, data)
        case is Mestringsskema: reencoded = try roundTrip(Mestringsskema.self, data)
        case is EpisodeReflection: reencoded = try roundTrip(EpisodeReflection.self, data)
        case is FITSeries: reencoded = try roundTrip(FITSeries.self, data)
        default: throw FixtureError.unknownType(name)
        }
        #expect(reencoded == data)
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

    @Test("the schema files equal the types' schemas", arguments: [
        (BVCSeries.documentType, BVCSeries.jsonSchema), (Mestringsskema.documentType, Mestringsskema.jsonSchema),
        (EpisodeReflection.documentType, EpisodeReflection.jsonSchema), (FITSeries.documentType, FITSeries.jsonSchema),
    ])
    func schemaFiles(_ documentType: String, _ schema: String) throws {
        let file = repositoryRoot.appendingPathComponent("Documentation/schemas/\(documentType).schema.json")
        #expect(try Data(contentsOf: file) == Data(schema.utf8))
        #expect(schema.contains("\"const\": \"\(documentType)\""))
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
    }

    enum FixtureError: Error {
        case unknownType(String)
    }
}
