import DocumentTree
import ForebygCore
import Testing
@testable import IncidentAnalysis

/// Seed 002's text on registration and the Ringe case in the report, each key sentence typed
/// from the seed; and the follow-up deadline named as the workplace's setting.
@Suite struct RegistrationGuidanceTests {
    private func paragraphs(_ blocks: [Block]) -> [String] {
        blocks.flatMap(\.allBlocks).compactMap { block in
            switch block {
            case .heading(_, let text), .paragraph(let text): text.plainText
            case .callout(let callout): callout.title
            default: nil
            }
        }
    }

    @Test(arguments: Language.allCases)
    func registrationAndRinge(language: Language) {
        let text = paragraphs(IncidentExamples.month.document(in: language).blocks).joined(separator: "\n")
        #expect(text.contains("Et overblik over omfanget af vold og et billede af den sammenhæng, volden opstår i, er vigtigt for at kunne forebygge voldsomme episoder."))
        #expect(text.contains("Registrering er også vigtig for, at den enkelte medarbejder har dokumentation for den vold og de belastninger, hun eller han er ude for."))
        #expect(text.contains("Registreringer af vold skal bruges aktivt."))
        #expect(text.contains("På jobcentret i Ringe hjælper systematisk registrering medarbejderne til at få øje på noget, de ellers ikke ville have set"))
        #expect(text.contains("To gange om året gennemgår arbejdsmiljøgruppen de episoder, der er registreret."))
        #expect(text.contains("Men data viser, at der ikke har været fysisk vold i jobcentret de seneste tre år."))
        #expect(text.contains("Vold som Udtryksform: Styrk læring og forebyg konflikter og vold på arbejdspladsen (2019)"))
    }

    @Test func theFollowUpDeadlineIsTheWorkplacesSetting() {
        let text = IncidentAnalysisStrings.for(.danish).lateFollowUpText(2, 3)
        #expect(text.hasPrefix("2 episoder har ikke haft en læringssamtale senest 3 dage efter episoden."))
        #expect(text.contains("arbejdspladsens egen indstilling (followUpDays, som standard 3 dage)"))
        #expect(text.contains("»fx nogle dage eller uger efter«"))
    }
}
