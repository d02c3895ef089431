import ForebygCore
import Testing
@testable import IncidentAnalysis

/// The redacted export: no free text, stable keyed pseudonyms, the same figures.
@Suite struct RedactionTests {
    let key = PseudonymKey(bytes: Array("nøgle-som-kun-arbejdspladsen-kender".utf8))!
    let otherKey = PseudonymKey(bytes: Array("en anden nøgle".utf8))!

    @Test func pseudonymsAreTheKeyedHashPrefixed() {
        let expected = HMACSHA256.authenticationCode(for: Array("borger-A".utf8), key: Array("nøgle-som-kun-arbejdspladsen-kender".utf8)).hexString
        #expect(key.citizenPseudonym(for: "borger-A").rawValue == "B-" + expected.prefix(10))
        #expect(key.staffPseudonym(for: "borger-A").rawValue == "M-" + expected.prefix(10))
        #expect(key.staffPseudonym(for: "m-01").rawValue.count == 12)
    }

    @Test func sameKeyAndReferenceGiveTheSamePseudonym() {
        #expect(key.citizenPseudonym(for: "borger-A") == key.citizenPseudonym(for: "borger-A"))
        #expect(key.citizenPseudonym(for: "borger-A") != key.citizenPseudonym(for: "borger-B"))
        #expect(key.citizenPseudonym(for: "borger-A") != otherKey.citizenPseudonym(for: "borger-A"))
        #expect(key.staffPseudonym(for: "m-01") != otherKey.staffPseudonym(for: "m-01"))
    }

    @Test func anEmptyKeyIsRefused() {
        #expect(PseudonymKey(bytes: []) == nil)
    }

    @Test func redactionRemovesEveryFreeTextAndReference() throws {
        let original = IncidentExamples.month
        let redacted = original.redacted(with: key)
        #expect(redacted.incidents.count == original.incidents.count)
        for (before, after) in zip(original.incidents, redacted.incidents) {
            #expect(after.description == nil)
            #expect(after.consequencesText == nil)
            #expect(after.otherForm == nil)
            #expect(after.followUp?.participants ?? [] == [])
            #expect(after.followUp?.date == before.followUp?.date)
            #expect(after.affected.staff == key.staffPseudonym(for: before.affected.staff))
            #expect(after.citizen == before.citizen.map(key.citizenPseudonym))
            #expect(after.affected.staff.rawValue.hasPrefix("M-"))
            #expect(after.citizen?.rawValue.hasPrefix("B-") ?? true)
        }
        let json = String(decoding: try DocumentCodec.encode(redacted), as: UTF8.self)
        for word in ["borger-A", "m-01", "Daglig leder", "Hjernerystelse", "pårørende", "description", "Forstander"] {
            #expect(!json.contains(word), "\(word) leaked")
        }
    }

    @Test func theRedactedLogHasTheSameFigures() {
        let original = IncidentExamples.month.analysis()
        let redacted = IncidentExamples.month.redacted(with: key).analysis()
        #expect(redacted.categoryChanges == original.categoryChanges)
        #expect(redacted.byLocation == original.byLocation)
        #expect(redacted.byCitizen.map(\.count) == original.byCitizen.map(\.count))
        #expect(redacted.byCitizen.first?.key == key.citizenPseudonym(for: "borger-A"))
        #expect(redacted.followUp == original.followUp)
        #expect(redacted.flags.count == original.flags.count)
        #expect(IncidentExamples.month.redacted(with: key).validate() == IncidentExamples.month.validate())
    }
}
