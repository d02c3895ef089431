import DocumentTree
import ForebygCore
import Testing
@testable import CourseModel

@Suite struct ContentTests {
    private func sum(_ items: [AgendaItem]) -> Int {
        items.reduce(0) { $0 + ($1.minutes ?? 0) }
    }

    @Test func theNineStepsTakeTwoHours() {
        #expect(MeetingKind.storyMeetingSteps.map(\.step) == Array(1...9))
        #expect(MeetingKind.storyMeetingSteps.map { $0.minutes ?? 0 } == [15, 20, 5, 20, 15, 15, 20, 5, 5])
        #expect(sum(MeetingKind.storyMeetingSteps) == 120)
        #expect(MeetingKind.storyMeeting.agenda(number: 3, of: 6).map(\.title) == MeetingKind.storyMeetingSteps.map(\.title))
    }

    @Test(arguments: [1, 2, 4, 6, 8])
    func storyMeetingAgendasFillTheirLength(count: Int) {
        for number in 1...count {
            let agenda = MeetingKind.storyMeeting.agenda(number: number, of: count)
            #expect(sum(agenda) == MeetingKind.storyMeeting.durationMinutes(number: number, of: count))
            #expect(agenda.map(\.step) == Array(1...agenda.count))
        }
    }

    @Test func theFirstStoryMeetingHasNoFeedbackStep() {
        let first = MeetingKind.storyMeeting.agenda(number: 1, of: 6)
        #expect(MeetingKind.storyMeeting.durationMinutes(number: 1, of: 6) == 180)
        #expect(!first.contains { $0.title.hasPrefix("Tovholderen giver feedback fra implementeringsgruppen") })
        #expect(first.first?.title == "Genopfrisk støtteark 1 og 2")
        #expect(first.count == 11)
    }

    @Test func theLastStoryMeetingFollowsTimeforbrug() {
        #expect(MeetingKind.storyMeeting.durationMinutes(number: 6, of: 6) == 150)
        #expect(MeetingKind.storyMeeting.durationMinutes(number: 5, of: 6) == 120)
        #expect(MeetingKind.storyMeeting.durationMinutes(number: 1, of: 1) == 180)
        #expect(MeetingKind.storyMeeting.agenda(number: 6, of: 6).count == 10)
    }

    @Test func theInformationMeetingAgenda() {
        let agenda = MeetingKind.informationMeeting.agenda()
        #expect(agenda.map { $0.minutes ?? 0 } == [10, 30, 20, 20, 10])
        #expect(sum(agenda) == MeetingKind.informationMeeting.durationMinutes())
        #expect(agenda.map(\.lead) == [.topManager, .dailyManager, .dailyManager, .dailyManager, .dailyManager])
        #expect(agenda.last?.details == ["Mødet slutter med, at arbejdsgruppen vælger en tovholder."])
    }

    @Test func midwayAndFinalMeetingQuestions() {
        #expect(MeetingKind.midwayQuestions.count == 6)
        #expect(MeetingKind.midwayAgenda.first?.title == "Hvordan går det?")
        #expect(MeetingKind.midwayMeeting.purposes.count == 2)
        #expect(MeetingKind.finalMeeting.purposes.count == 3)
        #expect(MeetingKind.evaluationQuestions.count == 5)
        #expect(MeetingKind.embeddingQuestions.count == 4)
        #expect(MeetingKind.finalMeeting.durationMinutes() == 150)
        #expect(MeetingKind.preMeeting.agenda(number: 2).count == 2)
        #expect(MeetingKind.planningMeeting.agenda().count == 7)
    }

    @Test func roleDutiesAreComplete() {
        let counts = CourseRole.allCases.map { $0.description.duties.count }
        #expect(counts == [3, 7, 11, 7, 2, 1, 0, 0])
        #expect(CourseRole.otherEmployees.description.introduction.count == 3)
        #expect(CourseRole.workingGroup.description.considerations.count == 4)
        #expect(CourseRole.dailyManager.description.duties.contains("At skaffe vikarer til at dække deres vagter"))
    }

    @Test func theRulesOfPlayAndThemes() {
        #expect(PracticeStories.rules.count == 6)
        #expect(PracticeStories.rules[0].hasPrefix("Vis gensidig respekt"))
        #expect(StoryTheme.examples.map { $0.guidelines.map(\.number) } == [[6], [1, 3], [9], [7], [3], [10]])
        #expect(StoryTheme.examples.map(\.number) == Array(1...6))
    }

    @Test(arguments: [
        (1, "Det er især de mange nærvedepisoder, der ikke bliver registreret"),
        (2, "Selve indflytningen er imidlertid tit forbundet med stress for borgeren"),
        (3, "En introduktionsplan for nyansatte, som sikrer en mere systematisk oplæring af nye medarbejdere"),
        (4, "Gruppen drøfter, om man kan etablere et fast overlap"),
        (5, "Dog er de altid 2 om borgere, der tit har en uforudsigelig adfærd."),
        (6, "En blødere belysning vil fx skabe en rarere stemning"),
    ])
    func everyStoryIsCarriedInFull(number: Int, sentence: String) throws {
        let theme = try #require(StoryTheme.examples.first { $0.number == number })
        let text = theme.story.map { passage in
            switch passage {
            case .paragraph(let text): text
            case .bullets(let items): items.joined(separator: " ")
            }
        }.joined(separator: " ")
        #expect(text.contains(sentence))
        let document = SupportSheet.practiceStories.document(in: .danish)
        #expect(plainText(of: document).contains(sentence))
    }

    @Test func theQuestionGuide() {
        #expect(FacilitatorGuide.sections.count == 3)
        #expect(FacilitatorGuide.sections.map(\.questions.count) == [6, 5, 7])
        #expect(FacilitatorGuide.sections[2].questions[5].followUps == ["Hvad gjorde I?", "Hvad har I lært af dette?"])
        #expect(FacilitatorGuide.role.count == 4)
    }

    @Test func phasesCarryTheirTimeline() {
        #expect(CoursePhase.allCases.map { $0.activities.count } == [2, 5, 9, 3])
        #expect(CoursePhase.discussion.activitiesWithSparring.filter { $0 == "Sparringsmøde" }.count == 2)
        #expect(CoursePhase.discussion.activitiesWithSparring[2] == "Sparringsmøde")
        #expect(CoursePhase.discussion.activitiesWithSparring[8] == "Sparringsmøde")
        #expect(CoursePhase.discussion.timeUse[2] == "Det sidste praksisfortællingsmøde: 2 ½ time pr. deltager i arbejdsgruppen")
    }

    @Test func everyFixedLabelExistsInBothLanguages() {
        for language in Language.allCases {
            let strings = CourseModelStrings.for(language)
            // Every case has a label of its own (the labels are exhaustive switches, so none is missing).
            #expect(Set(CourseRole.allCases.map(strings.roleNames)).count == CourseRole.allCases.count)
            #expect(Set(MeetingKind.allCases.map(strings.meetingNames)).count == MeetingKind.allCases.count)
            #expect(strings.phaseNames.count == 4)
        }
        #expect(CourseRole.facilitator.label(in: .danish) == "Tovholder")
        #expect(CourseRole.facilitator.label(in: .english) == "Facilitator")
        #expect(CoursePhase.discussion.title(in: .danish) == "Fase 3. Drøftelse, beslutning og implementering")
        #expect(CoursePhase.discussion.title(in: .english) == "Phase 3. Discussion, decision and implementation")
    }
}

/// Every piece of text in a document, for content assertions.
func plainText(of document: Document) -> String {
    document.allBlocks.compactMap(ownText(of:)).joined(separator: "\n")
}

/// Every piece of text in a block, including the blocks nested in it.
func plainText(of block: Block) -> String {
    block.allBlocks.compactMap(ownText(of:)).joined(separator: "\n")
}

/// The block's own text, without that of the blocks nested in it; `nil` for a list, which has none.
private func ownText(of block: Block) -> String? {
    switch block {
    case .heading(_, let text), .paragraph(let text): text.plainText
    case .list: nil
    case .table(let table): table.rows.flatMap { $0.map(\.plainText) }.joined(separator: "\n")
    case .field(let field): ([field.label] + (field.answer ?? [])).map(\.plainText).joined(separator: "\n")
    case .descriptionList(let list): list.items.map(\.label).joined(separator: "\n")
    case .callout(let callout): callout.title
    case .chart(let chart): chart.title
    case .pageBreak: ""
    }
}
