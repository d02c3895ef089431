import DocumentTree
import ForebygCore
import Testing
import LearningMethods

@Suite struct LA2PlanTests {
    @Test func ellensLearningPlanCarriesTheSeedsAccount() {
        let text = TestSupport.text(LearningExamples.ellenLearningPlan.document(in: .danish))
        #expect(text.contains("Læringsplan for fagprofessionelle"))
        #expect(text.contains("Hun bliver voldsom i sit fysiske udtryk, råber og ødelægger ting omkring sig."))
        #expect(text.contains("”Som om det skulle hjælpe at snakke om det!”"))
        #expect(text.contains("Bagefter skammer hun sig ofte over sin reaktion."))
        #expect(text.contains("Botilbuddet Kragelund"))
        #expect(text.contains(LA2ReflectionQuestions.carryingAdvice))
        #expect(text.contains("Tal om, hvad der skete i tiden op til episoden og under selve episoden"))
    }

    @Test func professionalsVersionAsksTheTenColleagueQuestionsVerbatim() {
        let document = LearningExamples.ellenLearningPlan.document(in: .danish)
        let questions = document.fields.filter { $0.number != nil }
        #expect(questions.map(\.label.plainText) == LA2ReflectionQuestions.colleagues)
        #expect(questions.count == 10)
        #expect(questions.first?.label.plainText == "Hvad gik forud for episoden?")
        #expect(questions.last?.label.plainText == "Hvad kan vi gøre sammen for at forebygge, at episoden gentager sig i fremtiden?")
        #expect(questions[4].answer?.count == 3)
        #expect(questions[2].answer == nil)
    }

    @Test func blankCitizenVersionAsksTheNineCitizenQuestions() {
        let document = LA2Plan.blank(.learning, for: .citizen).document(in: .danish)
        #expect(document.metadata.title == "Min læringsplan")
        let questions = document.fields.filter { $0.number != nil }
        #expect(questions.map(\.label.plainText) == LA2ReflectionQuestions.citizen)
        #expect(questions[1].label.plainText == "Hvad følte du?")
        #expect(document.fields.allSatisfy { $0.answer == nil })
        #expect(TestSupport.text(document).contains(
            "Rund samtalen med borgeren af på en god måde. Nævn fx en ting, som du selv gerne vil gøre anderledes, og aftal en ting, som borgeren kan forsøge at gøre anderledes."))
    }

    @Test(arguments: LA2PlanKind.allCases, LA2Audience.allCases)
    func everyBlankPlanIsAPrintableForm(kind: LA2PlanKind, audience: LA2Audience) {
        let plan = LA2Plan.blank(kind, for: audience)
        let document = plan.document(in: .danish)
        #expect(plan.isBlank)
        #expect(plan.validate().isEmpty)
        #expect(!document.fields.isEmpty)
        #expect(document.fields.allSatisfy { $0.answer == nil })
        #expect(document.metadata.title.lowercased().contains(audience == .citizen ? "min " : "for fagprofessionelle"))
    }

    @Test func safetyPlanShowsBeforeDuringAndAfter() throws {
        let plan = LA2Plan(kind: .safety, audience: .citizen, citizen: "Ellen", revisions: [.init(date: CalendarDate("2026-01-05"))],
                           safety: SafetyPlanContent(triggers: ["Telefonsamtaler"], during: EpisodePhaseEntry(behaviour: ["Råber"])))
        let table = try #require(TestSupport.table("phases", in: plan.document(in: .english)))
        #expect(table.columns.map(\.key) == ["phase", "behaviour", "feelings", "coping", "staff_support"])
        #expect(table.rows.map { $0[0].plainText } == ["Before", "During", "After"])
        #expect(table.rows[1][1].plainText == "Råber")
        #expect(plan.document(in: .danish).metadata.title == "Min tryghedsplan")
    }

    @Test func learningIsCarriedIntoTheWellBeingPlan() throws {
        let plan = LearningExamples.ellenWellBeingPlan
        #expect(plan.revisions.count == 2)
        #expect(plan.wellBeing?.signsOfStrain == [LearningExamples.ellenLearningPlan.learning!.carriedInto[0].text])
        #expect(plan.pendingEntries(from: LearningExamples.ellenLearningPlan).isEmpty)
        let table = try #require(TestSupport.table("carried-into", in: LearningExamples.ellenLearningPlan.document(in: .danish)))
        #expect(table.columns.map(\.key) == ["plan", "section", "phase", "text", "carried_on"])
        #expect(table.rows.count == 4)
        #expect(table.rows[2].map(\.plainText).prefix(3) == ["Tryghedsplan", "Adfærd", "Under"])
        #expect(table.rows[0][4].plainText == "09.02.2026")
    }

    @Test func learningIsCarriedIntoTheSafetyPlanByPhase() {
        let safety = LA2Plan(kind: .safety, audience: .professionals, citizen: "Ellen")
            .incorporating(learningFrom: LearningExamples.ellenLearningPlan, on: CalendarDate("2026-02-10"))
        #expect(safety.safety?.during.behaviour == ["Hun bliver voldsom i sit fysiske udtryk, råber og ødelægger ting omkring sig."])
        #expect(safety.safety?.after.feelings == ["Bagefter skammer hun sig ofte over sin reaktion."])
        #expect(safety.revisions.count == 1)
        #expect(safety.incorporating(learningFrom: LearningExamples.ellenLearningPlan, on: CalendarDate("2026-03-01")) == safety)
    }

    @Test func englishLabelsKeepTheSeedsQuestionsInDanish() {
        let document = LearningExamples.ellenLearningPlan.document(in: .english)
        let text = TestSupport.text(document)
        #expect(document.metadata.title == "Learning plan for professionals")
        #expect(text.contains("Reflection with colleagues and management"))
        #expect(text.contains("Stillede vi krav, som borgeren ikke kunne imødekomme?"))
        #expect(document.metadata.date == LearningExamples.ellenLearningPlan.lastRevised?.formatted(in: .english))
    }

    @Test func validationNamesThePaths() {
        var plan = LearningExamples.ellenLearningPlan
        plan.wellBeing = WellBeingPlanContent()
        plan.learning?.answers.append(ReflectionAnswer(question: 11, answer: ["?"]))
        plan.learning?.carriedInto.append(CarriedIntoEntry(plan: .wellBeing, section: .triggers, text: "x"))
        plan.learning?.carriedInto.append(CarriedIntoEntry(plan: .safety, section: .coping, text: ""))
        plan.revisions.insert(PlanRevision(date: CalendarDate("2027-01-01")), at: 0)
        let found = Set(plan.validate().map { "\($0.code) \($0.path)" })
        #expect(found == [
            "la2.contentOfOtherKind $.wellBeing",
            "la2.unknownQuestion $.learning.answers[4].question",
            "la2.carriedIntoUnknownSection $.learning.carriedInto[4].section",
            "la2.carriedIntoPhase $.learning.carriedInto[5].phase",
            "la2.carriedIntoEmpty $.learning.carriedInto[5].text",
            "la2.revisionsOutOfOrder $.revisions[1].date",
        ])
    }

    @Test func filledPlanWithoutDateIsWarned() {
        let plan = LA2Plan(kind: .wellBeing, audience: .citizen, citizen: "", wellBeing: WellBeingPlanContent(resources: ["Musik"]))
        let diagnostics = plan.validate()
        #expect(diagnostics.errors.map(\.code) == [.la2NoCitizen])
        #expect(diagnostics.warnings.map(\.path.description) == ["$.revisions"])
    }
}
