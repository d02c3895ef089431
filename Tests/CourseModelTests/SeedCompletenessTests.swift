import DocumentTree
import ForebygCore
import Testing
@testable import CourseModel

/// Sentences of seed 000 that the audit found missing, each asserted verbatim in the Danish
/// documents of the module.
@Suite struct SeedCompletenessTests {
    /// The text of every Danish document the module makes from the seed's content.
    static let danishText: String = {
        let meetings = MeetingKind.allCases.map { $0.document(in: .danish) }
        let sheets = SupportSheet.allCases.map { $0.document(in: .danish) }
        let introduction = PackageIntroduction.document(in: .danish)
        return ([introduction] + meetings + sheets).map(plainText(of:)).joined(separator: "\n")
    }()

    @Test(arguments: [
        "Derefter guider tovholderen deltagerne igennem en ’bordet rundt-runde’, hvor deltagerne på skift byder ind med fortællinger om konkrete erfaringer med at forebygge og håndtere vold fra deres arbejde i botilbuddet.",
        "Arbejdsgruppen vælger at fokusere på én af fortællingerne.",
        "Samtidig bruger tovholderen spørgeguiden i støtteark 3 til at sikre, at arbejdsgruppen kommer godt rundt om de forskellige spørgsmål",
        "Tovholderen noterer forslagene ned i skemaet i støtteark 4 og sørger for, at skemaet gives videre til implementeringsgruppen.",
        "Foretrækker gruppen en ny fortælling, kan gruppen – hvis det er muligt – vælge en fortæller med det samme, så han/hun får mulighed for at forberede sig.",
        "Tovholderen inviterer arbejdsgruppen til det næste praksisfortællingsmøde ca. 2 uger efter det første møde.",
        "starter arbejdsgruppen med at finde ud af, hvilken historie der skal fortælles, og hvem der skal fortælle.",
        "fx problemer med at bruge metoden eller med at omsætte praksisfortællingerne til konkrete forslag til nye tiltag.",
        "Mødet forløber på samme måde som sidste møde i implementeringsgruppen med de samme punkter på dagsordenen.",
        "Det andet – og sidste – sparringsmøde",
        "På mødet drøftes de samme emner som på det første sparringsmøde.",
        "I skal afklare:",
        "I dette støtteark finder du:",
        "Vi er usikre på, om kollegaerne kan høre os, hvis vi råber om hjælp, og en borger forhindrer os i at trykke på alarmen.",
        "Vi vil evaluere retningslinjerne på et personalemøde 3 måneder efter, at de er blevet formidlet til medarbejderne.",
    ])
    func storyAndPreMeetingTextIsCarried(sentence: String) {
        #expect(Self.danishText.contains(sentence))
    }

    @Test(arguments: [
        "En forebyggelsespakke er en hjælpende hånd, der giver jer redskaber til at forbedre jeres arbejdsmiljø.",
        "Det er ikke relevant for alle deltagere i forløbet at læse hele materialet.",
        "² Se AT-vejledning D.4.3-4 om Vold for nærmere beskrivelse.",
        "At hjælpe jer med at systematisere og styrke jeres arbejde med at forebygge og håndtere vold",
        "Skabt rammer, som giver bedre trivsel for både medarbejdere og borgere.",
        "Praksisfortællinger går ud på, at en gruppe medarbejdere udvikler forslag til nye tiltag ved at tage udgangspunkt i medarbejdernes konkrete erfaringer – positive såvel som negative.",
        "Et støtteværktøj til tovholder med en beskrivelse af rollen og en guide til at styre praksisfortællingsmødet",
        "Hver arbejdsgruppe består af 3–8 medarbejdere, som mødes 6 gange til praksisfortællingsmøder.",
        "Før de 2 fællesmøder skal implementeringsgruppen desuden mødes til formøder for at diskutere arbejdsgruppernes forslag.",
        "som Socialstyrelsens Indsatsteam i 2018–2020 tilbyder til implementering og forankring af de nationale retningslinjer.",
        "det anbefales, at I afholder mindst 4, så medarbejderne får en god erfaring med at bruge den nye metode.",
        "I forløbet deltager den øverste leder, 1 daglig leder, centrale medarbejdere i botilbuddet",
        "Det er også muligt at nedsætte flere arbejdsgrupper.",
        "Det antal timer, som I skal bruge, er angivet i beskrivelsen af de enkelte faser.",
        "Tovholder: Er bindeled til implementeringsgruppen; Styrer møderne",
        "Denne liste henviser til en række relevante materialer",
        "Arbejdsrelateret vold uden for arbejdstid – Bekendtgørelse 1504, 2015",
        "Vi gør det sammen! Brugerinddragelse i arbejdet med at forebygge konflikter og vold. 2015.",
        "Materialer om trusler og vold på arbejdspladsen – https://www.arbejdsmiljoweb.dk/trivsel/vold_og_trusler",
    ])
    func introductionAndReferencesAreCarried(sentence: String) {
        #expect(Self.danishText.contains(sentence))
    }

    @Test func theIntroductionDocument() {
        let english = PackageIntroduction.document(in: .english)
        #expect(english.metadata.title == "Introduction to the prevention package")
        #expect(english.metadata.slug == "introduktion")
        #expect(plainText(of: english).contains("Phase 3. Discussion, decision and implementation – Løber over ca. 4½–5 måneder"))
        #expect(PackageIntroduction.purposes.bullets.count == 4 && PackageIntroduction.outcomes.bullets.count == 4)
        #expect(PackageIntroduction.stepByStep.paragraphs.count == 10)
        #expect(ReferenceMaterial.all.flatMap(\.items).count == 13)
        #expect(CourseRole.implementationGroup.overview == ["Planlægger hele forløbet", "Sikrer at tiltag, der vedtages, implementeres og forankres"])
    }

    @Test func theFirstAndSecondStoryMeetingsDiffer() {
        let chosen = "Arbejdsgruppen vælger at fokusere på én af fortællingerne."
        let first = MeetingKind.storyMeeting.agenda(number: 1, of: 6).flatMap(\.details)
        let second = MeetingKind.storyMeeting.agenda(number: 2, of: 6)
        #expect(first.contains(chosen))
        #expect(!second.flatMap(\.details).contains(chosen))
        #expect(second.last?.details.first?.hasPrefix("Tovholderen spørger til sidst") == true)
        let stepsHaveNoDetails = MeetingKind.storyMeetingSteps.allSatisfy(\.details.isEmpty)
        #expect(stepsHaveNoDetails)
    }
}
