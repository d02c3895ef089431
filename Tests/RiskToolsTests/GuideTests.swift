import Testing
import ForebygCore
import DocumentTree
@testable import RiskTools

@Suite("Seed 002's method boxes, carried verbatim")
struct GuideTests {
    @Test("the affektudbrudsmodel's steps: three to prepare, three to hold the talk")
    func affectSteps() {
        #expect(AffectModelGuide.stepGroups.map(\.title) == ["Forberedelse", "Gennemførelse"])
        #expect(AffectModelGuide.stepGroups.map(\.steps.count) == [3, 3])
        #expect(AffectModelGuide.stepGroups[0].steps[2] == "Tilpas spørgsmålene under de fem faser i modellen, så de passer til jeres borgergruppe og lokale forhold.")
        #expect(AffectModelGuide.stepGroups[1].steps[1] == "Aftal, hvordan der samles op med borgeren efter en episode, og hvem der gør det. Alle har en oversigt over modellen og spørgsmålene nedenfor.")
    }

    @Test("FIT's steps in four groups")
    func fitSteps() {
        #expect(FITGuide.stepGroups.map(\.title) == ["Forberedelse", "Ved samtalens start", "Ved samtalens afslutning", "Læring efter en eller flere samtaler"])
        #expect(FITGuide.stepGroups.map(\.steps.count) == [2, 2, 3, 2])
        #expect(FITGuide.stepGroups[2].steps[1] == "Fortæl borgeren, at også kritisk feedback er gavnlig, fordi det gør det muligt at justere på samtalernes indhold m.m.")
        #expect(FITGuide.stepGroups[3].steps[1].hasPrefix("Teamet af medarbejdere kan se på tværs af samarbejdet med flere borgere"))
    }

    @Test("the guides print their steps and, for the model, every phase question", arguments: [Language.danish, .english])
    func documents(_ language: Language) {
        let affect = allText(AffectModelGuide.document(in: language))
        #expect(affect.contains("Aftal også, hvordan I samler op med borgeren efter en episode."))
        #expect(affect.contains("Hvad gjorde vi konkret for at dæmpe situationen?"))
        let fit = allText(FITGuide.document(in: language))
        #expect(fit.contains("Borgeren sætter et kryds på en skala fra 1-10 på linjen under hvert fokuspunkt for samtalen."))
        #expect(fit.contains("Ved samtalens start"))
    }

    @Test("the Mestringsskema prints its procedure, and when and how to reflect before the five questions", arguments: [Language.danish, .english])
    func mestringsskemaReflection(_ language: Language) {
        let text = allText(Mestringsskema.blankSheet(in: language))
        #expect(text.contains("Følgende spørgsmål kan bruges til at reflektere over en episode:"))
        #expect(text.contains("Når skemaet er udfyldt, vurderes borgerens mestringsniveau dagligt, så vidt muligt sammen med borgeren."))
        #expect(text.contains("Herefter drøftes med borgeren, om han eller hun mener, at der bør ændres noget."))
        #expect(text.contains("når episoden er håndteret og kommet lidt på afstand og borgeren igen er i sin habituelle tilstand."))
    }
}
