#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DocumentTree
import ForebygCore
import Testing
import LearningMethods

/// Seed 002's "Sådan kan I arbejde med …" steps, carried verbatim.
@Suite struct MethodGuideTests {
    @Test func practiceStoryPreparationAndMeetingSteps() {
        #expect(PracticeStoryMeeting.preparation.count == 4)
        #expect(PracticeStoryMeeting.preparation[1] == "Der nedsættes en eller flere arbejdsgrupper af 3-8 medarbejdere, som holder praksisfortællingsmøder ca. hver anden uge.")
        #expect(PracticeStoryMeeting.preparation[3] == "Tovholderen indkalder til praksisfortællingsmøderne ca. 14 dage før.")
        let agenda = PracticeStoryMeeting.agenda
        #expect(agenda.items.map { $0.minutes ?? 0 } == [15, 20, 5, 20, 15, 15, 5, 5])
        #expect(agenda.items[0].description == "Tovholder følger op fra sidste møde og bringer eventuel feedback videre fra implementeringsgruppen.")
        #expect(agenda.items[5].questions == PracticeStoryQuestions.proposalQuestions)
        #expect(agenda.items[7].description == "Afslutningsvist spørger tovholderen fortælleren, hvordan han eller hun oplevede mødet.")
        #expect(PracticeStoryMeeting.lengths.hasPrefix("Første møde varer 3 timer og de efterfølgende 2 timer."))
        #expect(PracticeStoryMeeting.midwayAndClosing.hasPrefix("Midt i forløbet og ved afslutningen holdes et fælles møde."))
    }

    @Test(arguments: Language.allCases)
    func practiceStoryGuidePrintsEverything(language: Language) {
        let text = TestSupport.text(PracticeStoryMeeting.document(in: language))
        #expect(text.contains("Ledelsen sammensætter en implementeringsgruppe, som står for at planlægge og sikre, at forløbet med praksisfortællinger gennemføres."))
        #expect(text.contains("Spillereglerne for praksisforløbet genopfriskes"))
        #expect(text.contains("Gruppen vælger sammen, hvilken fortælling de vil tale uddybende om."))
        #expect(text.contains("Hvad kan vi konkludere på baggrund af praksisfortællingen?"))
        #expect(text.contains("Implementeringsgruppen holder et forberedende møde inden både midtvejsmødet og afslutningsmødet, hvor de drøfter arbejdsgruppernes forslag."))
    }

    @Test func la2StepsPerPlan() {
        #expect(LA2Method.preparation.count == 3)
        #expect(LA2Method.preparation[2] == "Planerne ændrer sig i takt med, at borgeren og samarbejdet ændrer sig, så afsæt tid til løbende at føre skemaerne ajour.")
        #expect(LA2Method.usingThePlans.hasPrefix("Tal med borgeren om at udfylde de tre skemaer"))
        #expect(LA2PlanKind.allCases.map { LA2Method.steps(for: $0).count } == [1, 1, 2])
        #expect(LA2Method.steps(for: .wellBeing)[0].hasPrefix("Udfyld først trivselsplanen for hhv. borgere og fagprofessionelle."))
        #expect(LA2Method.steps(for: .safety)[0].contains("Planen skal støtte borgeren til at undgå at miste selvkontrollen."))
        #expect(LA2Method.steps(for: .learning)[1] == LA2ReflectionQuestions.episodeAdvice)
    }

    @Test(arguments: Language.allCases)
    func la2GuidePrintsStepsAndBothQuestionLists(language: Language) {
        let text = TestSupport.text(LA2Method.document(in: language))
        #expect(text.contains("Aftal, hvilke borgere I vil bruge LA2-planerne sammen med."))
        #expect(text.contains("Læringsplanerne kan både bruges efter episoder, som blev håndteret godt, og efter episoder som endte voldsomt."))
        #expect(text.contains("Stillede vi krav, som borgeren ikke kunne imødekomme?"))
        #expect(text.contains("Har du andre gange gjort noget andet, som virkede godt?"))
    }

    @Test func boardMeetingPreparationAndRules() {
        #expect(BoardMeeting.preparation.count == 6)
        #expect(BoardMeeting.preparation[0] == "Anskaf en tavle, gerne en whiteboard-tavle.")
        #expect(BoardMeeting.preparation[4] == "Aftal kutyme ved tavlemøder, fx om mødepligt, slukkede mobiler, varighed og fast dagsorden.")
        #expect(BoardMeeting.rules.count == 3)
        let text = TestSupport.text(LearningExamples.sctHansBoardMeeting.document(in: .english))
        #expect(text.contains("Aftal, hvem der er tovholder for møderne."))
        #expect(text.contains("Opfølgning efter hvert møde: Tovholder fører tavlen ajour, hvis det ikke er gjort under mødet."))
    }

    @Test func sctHansCarriesOpennessAndTheImprovementBoard() {
        let text = TestSupport.text(LearningExamples.sctHansBoardMeeting.document(in: .danish))
        #expect(text.contains("Den anden side af tavlen er en forbedringstavle."))
        #expect(text.contains("De åbne tavlemøder betyder, at der ikke er ’hemmelige’ arbejdsgange og lukkede møder i afsnittet. Tavlen er synlig for alle."))
        #expect(text.contains("Det kan omhandle stort og småt – fra nye procedurer i forbindelse ved medicingivning til at få stemt klaveret i fællesstuen."))
    }

    @Test(arguments: Language.allCases)
    func boardMeetingGuidePrintsTheDefinitionAndTheFifteenMinuteAgenda(language: Language) throws {
        let document = BoardMeeting.guide(in: language)
        let text = TestSupport.text(document)
        // Seed 002, "Et tavlemøde er et kort møde (ca. 15. minutter) …", line breaks and split words joined.
        #expect(text.contains("Et tavlemøde er et kort møde (ca. 15 minutter), hvor leder og medarbejdere taler sammen om et fokusområde, de aktuelt arbejder med. Mødet foregår stående foran en tavle, som bruges til at synligøre den indsats, der følges."))
        #expect(text.contains("Ved møderne genereres også ideer til den videre udvikling af indsatsen."))
        #expect(text.contains("Tavlens indhold er udgangspunktet ved mødet."))
        #expect(text.contains("De opbygger gennem møderne viden om, hvordan de kan undgå, at konflikter udvikler sig til voldsomme episoder."))
        #expect(text.contains("Tavlemøderne medvirker til at holde vedvarende fokus på indsatsen, fordi møderne er fokuserede, strukturerede og synliggør erfaringer og resultater."))
        #expect(text.contains("Ved et tavlemøde taler leder og medarbejdere om et fokusområde, som de arbejder med."))
        #expect(text.contains("Gennemførelse – 15 minutter"))
        #expect(text.contains("Lean i praksis – Målstyrings- og forbedringstavler, 2. udgave, 2011. Storgaard Innovation."))
        let agenda = try #require(document.tables.first { $0.name == "agenda" })
        #expect(agenda.caption?.plainText.hasPrefix(language == .danish ? "Varighed: 15" : "Length: 15") == true)
        #expect(agenda.rows.map { $0[2].plainText.components(separatedBy: "\n")[0] } == [
            "Byd velkommen og start med at gennemgå målene for indsatsen.",
            "Gennemgå herefter status:",
            "Gennemgå og prioriter nye forslag og ideer.",
            "Aftal, hvad der skal ske frem til næste møde – hvem skal gøre hvad?",
            "Aftal dato og tovholder for næste møde.",
        ])
        #expect(text.contains("Hvad har styrket udviklingen, og hvad har udfordret?"))
        #expect(text.contains("Anskaf en tavle, gerne en whiteboard-tavle."))
        #expect(text.contains("Hold strukturen ved mødet: start og slut til tiden og følg dagsordenen."))
    }
}
