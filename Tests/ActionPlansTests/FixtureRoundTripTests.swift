import ActionPlans
import ForebygCore
import Testing

@Suite struct FixtureRoundTripTests {
    @Test(arguments: PlanExamples.all.map(\.name))
    func fixtureRoundTripsByteForByte(name: String) throws {
        let example = try #require(PlanExamples.all.first { $0.name == name }).document
        try Self.roundTrip(example, name: name)
    }

    @Test func exampleNamesAreTheAgreedOnes() {
        #expect(Set(PlanExamples.all.map(\.name)).isSuperset(of: ["seed-000-forslag-alenearbejde", "seed-003-handleplan"]))
    }

    /// Decodes the fixture, re-encodes it and compares bytes with the fixture and with the example.
    private static func roundTrip<Value: VersionedDocument>(_ example: Value, name: String) throws {
        let expected = try DocumentCodec.encode(example)
        let fixture = try FixtureSupport.data(name, recording: expected)
        let decoded = try DocumentCodec.decode(Value.self, from: fixture)
        #expect(try DocumentCodec.encode(decoded) == fixture)
        #expect(expected == fixture)
        #expect(!decoded.validate().containsErrors)
    }
}
