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
            .heading(strings.preparation), Block.bullets(preparation),
            .heading(strings.practiceStoryMeetings),
            .paragraph(lengths), .paragraph(firstMeetingOpening),
            .paragraph(strings.practiceStoryMinutesNote),
            agenda.table(strings),
            .paragraph(PracticeStoryQuestions.afterMeeting),
            .heading(strings.midwayAndClosing), .paragraph(midwayAndClosing),
        ]
        return Document(
            metadata: DocumentMetadata(title: strings.practiceStoryGuide, subject: strings.practiceStory, language: language, slug: "praksisfortaelling-guide"),
            blocks: text + blocks + after)
    }
}
