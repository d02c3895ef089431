public import DocumentTree
public import ForebygCore

extension PracticeStoryMeeting {
    /// The printable guide: preparation, the meeting's steps as an agenda table, what follows
    /// the meeting, and the joint meetings midway and at the end.
    public static func document(in language: Language) -> Document {
        let strings = LearningMethodsStrings.for(language)
        let blocks: [Block] = [
            .heading(level: 2, text: InlineText(strings.preparation)), DocumentHelpers.bullets(preparation),
            .heading(level: 2, text: InlineText(strings.practiceStoryMeetings)),
            .paragraph(InlineText(lengths)), .paragraph(InlineText(firstMeetingOpening)),
            DocumentHelpers.agendaTable(agenda, strings: strings),
            .paragraph(InlineText(PracticeStoryQuestions.afterMeeting)),
            .heading(level: 2, text: InlineText(strings.midwayAndClosing)), .paragraph(InlineText(midwayAndClosing)),
        ]
        return Document(
            metadata: DocumentMetadata(title: strings.practiceStoryGuide, subject: strings.practiceStory, languageTag: language.tag, slug: "praksisfortaelling-guide"),
            blocks: blocks)
    }
}
