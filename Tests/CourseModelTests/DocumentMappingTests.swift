import DocumentTree
import ForebygCore
import Testing
@testable import CourseModel

@Suite struct DocumentMappingTests {
    @Test func theCoursePlanHasItsTables() throws {
        let document = CourseExamples.courseConfiguration.document(in: .danish)
        #expect(document.metadata.title == "Forløbsplan: Brug fortællinger til at forebygge arbejdsrelateret vold")
        #expect(document.metadata.date == "02.03.2026")
        #expect(document.metadata.subject == "Botilbuddet Lærkehøj")
        #expect(
            document.tables.map(\.name) == [
                "participants", "working-groups", "schedule", "hours-per-person", "hours-per-role", "hours-per-phase",
            ])
        let schedule = try #require(document.tables.first { $0.name == "schedule" })
        #expect(schedule.columns.map(\.key) == [
            "date", "weekday", "phase", "meeting", "number", "working_group", "duration_hours", "duration_minutes",
            "participants",
        ])
        #expect(schedule.rows.count == CourseSchedule(configuration: CourseExamples.courseConfiguration).meetings.count)
        #expect(schedule.rows.first?.map(\.plainText).prefix(4) == ["02.03.2026", "mandag", "1", "Nedsættelse af implementeringsgruppe"])
        let perPerson = try #require(document.tables.first { $0.name == "hours-per-person" })
        #expect(perPerson.rows.last?.map(\.plainText) == ["I alt", "", "10", "34,5", "171,5", "37", "253", "15180"])
        // Hand-computed: phase 1 600, phase 2 2070, phase 3 10290, phase 4 2220 minutes (Documentation/CourseModel.md).
        #expect(perPerson.rows.first?.map(\.plainText) == ["p-birgit", "Birgit", "0", "4,5", "1,5", "2,5", "8,5", "510"])
        #expect(perPerson.rows[1].map(\.plainText) == ["p-mads", "Mads", "4", "4,5", "6,5", "4", "19", "1140"])
        let text = plainText(of: document)
        #expect(text.contains("At skaffe vikarer til at dække deres vagter"))
        #expect(text.contains("I alt: 253 timer"))
    }

    @Test func theEnglishCoursePlanKeepsSeedContentDanish() throws {
        let document = CourseExamples.courseConfiguration.document(in: .english)
        #expect(document.metadata.title == "Course plan: Using stories to prevent work-related violence")
        #expect(document.metadata.language == .english)
        let schedule = try #require(document.tables.first { $0.name == "schedule" })
        #expect(schedule.columns.first?.title == "Date")
        #expect(schedule.rows.first?.first?.plainText == "2026-03-02")
        #expect(plainText(of: document).contains("At skaffe vikarer til at dække deres vagter"))
        #expect(plainText(of: document).contains("Total: 253 hours"))
    }

    @Test func everySupportSheetIsADocumentWithoutInnerPageBreaks() {
        for sheet in SupportSheet.allCases {
            let document = sheet.document(in: .danish)
            #expect(document.metadata.slug == sheet.slug)
            #expect(!document.blocks.contains(.pageBreak))
            #expect(document.metadata.title.hasPrefix("Støtteark \(sheet.number): "))
        }
        let composed = SupportSheet.composedDocument(in: .danish)
        #expect(composed.blocks.filter { $0 == .pageBreak }.count == 4)
        #expect(CourseExamples.supportSheets.map(\.name) == SupportSheet.allCases.map(\.slug))
    }

    @Test func theProposalFormIsBlankAndFollowedByTheFilledExample() {
        let all = SupportSheet.proposalForm.document(in: .danish).fields
        #expect(all.count == 20)
        let fields = Array(all.prefix(10))
        let example = Array(all.dropFirst(10))
        #expect(fields.allSatisfy { $0.answer == nil })
        #expect(example.allSatisfy { $0.answer?.isEmpty == false })
        #expect(example[4].label.plainText == "Hvad vurderer arbejdsgruppen, der skal til, for at den faglige udfordring er imødekommet?")
        #expect(fields.map(\.number) == (1...10).map { String($0) })
        #expect(fields[0].answeredBy == "Arbejdsgruppen")
        #expect(fields[9].answeredBy == "Implementeringsgruppen")
    }

    @Test func theObsBoxAndStoriesAreCallouts() {
        let blocks = SupportSheet.practiceStories.document(in: .english).blocks
        let callouts = blocks.compactMap { block -> Callout? in
            if case .callout(let callout) = block { return callout }
            return nil
        }
        #expect(callouts.filter { $0.kind == .note }.count == 1)
        #expect(callouts.filter { $0.kind == .example }.count == 6)
        #expect(callouts.filter { $0.kind == .fact }.count == 6)
        #expect(callouts.first?.title == "Note")
    }

    @Test func theFacilitatorSheetHasTheNineSteps() throws {
        let document = SupportSheet.facilitatorGuide.document(in: .danish)
        let steps = try #require(document.tables.first { $0.name == "story-meeting-steps" })
        #expect(steps.rows.count == 9)
        #expect(steps.rows.map { Int($0[3].plainText) ?? 0 }.reduce(0, +) == 120)
        #expect(plainText(of: document).contains("Hvad kunne være den første lille ting, I kunne gøre anderledes?"))
    }

    @Test func theTimelinesShowTheFourPhases() throws {
        let overview = try #require(SupportSheet.courseOverview.document(in: .danish).tables.first)
        #expect(overview.rows.map { $0[0].plainText } == ["1. Forberedelse", "2. Opstart", "3. Drøftelse, beslutning og implementering", "4. Afslutning"])
        let sparring = try #require(SupportSheet.sparringMeetings.document(in: .danish).tables.first)
        #expect(sparring.rows[2][2].plainText.contains("Sparringsmøde"))
        #expect(!overview.rows[2][2].plainText.contains("Sparringsmøde"))
    }

    @Test(arguments: MeetingKind.allCases)
    func everyMeetingKindHasAnAgendaDocument(kind: MeetingKind) throws {
        let document = kind.document(in: .danish)
        #expect(document.metadata.title.hasPrefix("Dagsorden: "))
        let agenda = try #require(document.tables.first)
        #expect(agenda.columns.map(\.key) == ["step", "item", "led_by", "minutes", "details"])
        #expect(!agenda.rows.isEmpty)
        #expect(document.tables.count == [.storyMeeting: 3, .preMeeting: 2, .sparringMeeting: 2][kind, default: 1])
    }

    @Test func theMidwayAgendaDocumentListsItsQuestions() {
        let text = plainText(of: MeetingKind.midwayMeeting.document(in: .danish))
        #expect(text.contains("Med den ledelsesmæssige opbakning til projektet?"))
        #expect(text.contains("Deltagere: Øverste leder, Implementeringsgruppe, Arbejdsgruppe"))
        #expect(text.contains("Varighed: 1,5 timer"))
        #expect(MeetingKind.midwayMeeting.agendaSlug == "agenda-midway-meeting")
        #expect(CourseExamples.meetingAgendas(in: .english).count == MeetingKind.allCases.count)
    }

    @Test func scheduledMeetingsCarryTheirAgenda() throws {
        let schedule = CourseSchedule(configuration: CourseExamples.courseConfiguration)
        let first = try #require(schedule.meetings(ofKind: .storyMeeting).first)
        #expect(first.agenda == MeetingKind.storyMeeting.agenda(number: 1, of: 6))
        #expect(first.phase == .discussion)
    }
}
