public import DocumentTree
import ForebygCore

extension PracticeStoryMeeting {
    /// The printable guide: the seed's summary and text on practice stories, preparation, the
    /// meeting's steps as an agenda table after the note on its 20 untimed minutes, what follows
    /// the meeting, the joint meetings midway and at the end, the Skovbo case, the seed's
    /// reading and the booklet as source.
    public static func document(in language: Language) -> Document {
        let strings = LearningMethodsStrings.for(language)
        let text = SeedPassage([summary, PracticeStoryQuestions.introduction]).blocks() + introduction.blocks()
        let after = [skovboCase.block(in: language), SeedPassage.readMoreBox(readMore, in: language), SeedSource.learningBooklet.line(in: language)]
        let blocks: [Block] = [
            .heading(level: 2, text: InlineText(strings.preparation)), DocumentHelpers.bullets(preparation),
            .heading(level: 2, text: InlineText(strings.practiceStoryMeetings)),
            .paragraph(InlineText(lengths)), .paragraph(InlineText(firstMeetingOpening)),
            .paragraph(InlineText(strings.practiceStoryMinutesNote)),
            DocumentHelpers.agendaTable(agenda, strings: strings),
            .paragraph(InlineText(PracticeStoryQuestions.afterMeeting)),
            .heading(level: 2, text: InlineText(strings.midwayAndClosing)), .paragraph(InlineText(midwayAndClosing)),
        ]
        return Document(
            metadata: DocumentMetadata(title: strings.practiceStoryGuide, subject: strings.practiceStory, language: language, slug: "praksisfortaelling-guide"),
            blocks: text + blocks + after)
    }
}
