import DocumentTree
import ForebygCore
import Testing
import LearningMethods

/// Seed 002's running text, cases and reading around the learning methods, as printed: each
/// key sentence typed from the seed (extraction damage mended), Danish in every language.
@Suite struct SeedPassageTests {
    @Test(arguments: Language.allCases)
    func learningIntroduction(language: Language) {
        let text = TestSupport.text(LearningIntroduction.document(in: language))
        #expect(text.contains("er der fire vigtige indsatsområder: identifikation, forebyggelse, håndtering og læring¹."))
        #expect(text.contains("Vold som Udtryksform, marts 2019"))
        #expect(text.contains("¹ Konflikter og vold – en faglig udfordring. Vold som Udtryksform, 2. rev. udgave 2018."))
        #expect(text.contains("Der er mange måder at samle op på efter en voldsom episode for at blive klogere på det, der skete."))
        #expect(text.contains("Først håndtering – så læring"))
        #expect(text.contains("er det bedst at vente med læringssamtaler, til følelserne har lagt sig, og situationen er kommet lidt på afstand, fx nogle dage eller uger efter."))
        #expect(text.contains("I hverdagen kan læringen foregå på daglige refleksionsmøder, ved overlap og lignende."))
        #expect(text.contains("Nogle af metoderne her i hæftet lægger op til at inddrage borgerne i læringen, det gælder især Mestringsskemaet i kombination med BVC, LA2 og FIT."))
        #expect(text.contains("Læring på arbejdspladsniveau"))
        #expect(text.contains("² Liversage, Anika: Voldsforebyggelse på botilbud og forsorgshjem."))
    }

    @Test(arguments: Language.allCases)
    func practiceStoryGuide(language: Language) {
        let text = TestSupport.text(PracticeStoryMeeting.document(in: language))
        #expect(text.contains("Når medarbejderne drøfter praksisfortællingerne med hinanden, styrker det den fælles viden om, hvordan de kan forebygge og håndtere voldsomme situationer."))
        #expect(text.contains("Arbejdstilsynet har udviklet forebyggelsespakker, der guider gennem et seks måneders forløb med praksisfortællinger (se Læs mere)."))
        #expect(text.contains("Forløbet er inddelt i fire faser: Først er der forberedelse og planlægning."))
        #expect(text.contains("Praksisfortællinger kan efterfølgende integreres i hverdagen, fx på team- eller personalemøder"))
        #expect(text.contains("Fortællinger om konflikter, som endte med trusler og vold eller som var nærved at gøre det, kan være afsæt for dialog og refleksioner."))
        #expect(text.contains("På døgntilbuddet Skovbo i Skanderborg bruger medarbejderne praksisfortællinger til at blive klogere på svære episoder og konflikter med børnene og de unge."))
        #expect(text.contains("I personalestuen ligger der en mappe med de seneste fortællinger"))
        #expect(text.contains("Vold og trusler – fra fortælling til forandring."))
        #expect(text.contains("»Forslag til nye tiltag«"))
        #expect(text.contains("120"))
    }

    @Test(arguments: Language.allCases)
    func residentConferenceGuide(language: Language) {
        let text = TestSupport.text(ResidentConference.guide(in: language))
        #expect(text.contains("Ved en beboerkonference mødes de forskellige faggrupper, fx sosuassistent, sosuhjælper, sygeplejerske, ergoterapeut og demenskoordinator."))
        #expect(text.contains("Beboerkonferencen følger en fast dagsorden, hvor deltagerne har bestemte roller og anlægger et helhedssyn på borgeren"))
        #expect(text.contains("Fagligheden bliver gjort tydelig, fordi særligt demenskoordinatoren relaterer til bedste faglige viden, som knyttes til medarbejdernes fortællinger."))
        #expect(text.contains("viser, at hyppigheden af udadreagerende adfærd faldt med 40 pct."))
        #expect(text.contains("Ved en beboerkonference mødes leder og medarbejdere for at tale om en udvalgt borger."))
        #expect(text.contains("Hent dagsorden og hjælpeskemaer i Redskaber til afholdelse af beboerkonferencen."))
        #expect(text.contains("Ravn, Ib (2015): Beboerkonferencen som faciliteret læringsrum"))
        #expect(text.contains("Pejtersen, J.H. og T. Dyrvig (2015)"))
    }

    @Test(arguments: Language.allCases)
    func la2Guide(language: Language) {
        let text = TestSupport.text(LA2Method.document(in: language))
        #expect(text.contains("LA2 understøtter samtaler mellem borgere og medarbejdere om trivsel, tryghed og konfliktsituationer."))
        #expect(text.contains("I tryghedsplanerne arbejder borger og medarbejder med at forstå de udløsende årsager og beskrive borgerens adfærd, følelser og mestring samt medarbejdernes støtte før, under og efter en voldsom episode."))
        #expect(text.contains("Planerne findes i to versioner til hhv. borgere og medarbejdere."))
        #expect(text.contains("LA står for Low Arousal, og 2-tallet viser, at det er en ny version."))
        #expect(text.contains("De begyndte med trivsels- og tryghedsplaner for personalet, så de selv fik metoden ind under huden"))
        #expect(text.contains("Hvis der har været en voldsom episode, følger medarbejderne altid op med en samtale."))
        #expect(text.contains("Find Metodemanual til LA2 på www.socialstyrelsen.dk"))
    }

    @Test func sctHansWard() {
        let text = TestSupport.text(LearningExamples.sctHansBoardMeeting.document(in: .danish))
        #expect(text.contains("M21 er et specialiseret afsnit for patienter med dobbeltdiagnose, psykisk lidelse og samtidigt misbrug. De er ofte indlagt i en længere periode."))
    }
}

extension SeedPassageTests {
    @Test func albertslundOpening() {
        let text = TestSupport.text(LearningExamples.albertslundConference.document(in: .danish))
        #expect(text.contains("På plejecentrene i Albertslund Kommune er beboerkonferencer med til at sikre høj faglighed og dermed trivsel og tryghed for beboere, pårørende og medarbejdere."))
    }
}
