import DocumentTree
import ForebygCore
import Testing
import LearningMethods

@Suite struct PracticeStoryTests {
    static var filled: PracticeStory {
        PracticeStory(
            workingGroup: "Arbejdsgruppe 1", date: CalendarDate("2026-04-14"), writer: "medarbejder-2",
            theme: "Risikovurdering", story: ["Hvad der skete."], reflections: ["Jeg kunne have ventet."],
            discussion: ["Andre har oplevet det samme."], answers: [ReflectionAnswer(question: 3, answer: ["Fast overlap ved vagtskifte"])],
            proposals: [StoryProposal(proposal: "Fast overlap ved vagtskifte", proposalID: "forslag-2026-04"), StoryProposal(proposal: "Tjekliste")],
            continuation: .newStory)
    }

    @Test func blankFormCarriesTheSeedsPromptsVerbatim() {
        let document = PracticeStory.blank.document(in: .danish)
        let labels = document.fields.map(\.label.plainText)
        #expect(labels.prefix(2) == ["Hvad skete der?", "Kunne jeg have gjort noget anderledes?"])
        #expect(Array(labels.suffix(3)) == PracticeStoryQuestions.proposalQuestions)
        #expect(labels.last == "Hvilke nye forslag til at forebygge vold og trusler skal vi bringe videre til implementeringsgruppen?")
        #expect(document.fields.allSatisfy { $0.answer == nil })
        #expect(TestSupport.text(document).contains("I en praksisfortælling beskriver medarbejderen en svær situation og sine refleksioner."))
    }

    @Test func proposalsLinkToForslagTilNyeTiltag() throws {
        let document = Self.filled.document(in: .english)
        let table = try #require(TestSupport.table("proposals", in: document))
        #expect(table.columns.map(\.key) == ["proposal", "proposal_id"])
        #expect(table.rows.map { $0[1].plainText } == ["forslag-2026-04", ""])
        #expect(document.fields.last?.answer?.map(\.plainText) == ["Fast overlap ved vagtskifte"])
        #expect(TestSupport.text(document).contains("A new story"))
        #expect(Self.filled.validate().isEmpty)
    }

    @Test func validationNamesThePaths() {
        var story = Self.filled
        story.writer = ""
        story.story = []
        story.answers.append(ReflectionAnswer(question: 4, answer: []))
        story.proposals.append(StoryProposal(proposal: "", proposalID: ""))
        #expect(story.validate().map { "\($0.code) \($0.path)" } == [
            "story.noWriter $.writer", "story.noStory $.story", "story.unknownQuestion $.answers[1].question",
            "story.emptyProposal $.proposals[2].proposal", "story.emptyProposalID $.proposals[2].proposalID",
        ])
    }
}
