public import DocumentTree
import ForebygCore

extension BoardMeeting {
    /// Seed 002's box "Sådan kan I holde tavlemøder og opnå læring" as a printable guide: the
    /// short description, the definition of a *tavlemøde*, learning through the meetings, the
    /// preparation, the 15-minute standard agenda (table `agenda`), the rules for holding and
    /// following up the meetings, and the seed's reading.
    public static func guide(in language: Language) -> Document {
        let strings = LearningMethodsStrings.for(language)
        let blocks: [Block] =
            [.paragraph(InlineText(summary))] + definition.map { .paragraph(InlineText($0)) }
            + [.heading(level: 2, text: InlineText(learningHeading))] + learning.map { .paragraph(InlineText($0)) }
            + [.heading(level: 2, text: InlineText(strings.preparation)), DocumentHelpers.bullets(preparation)]
            + [.heading(level: 2, text: InlineText(conductHeading)), DocumentHelpers.agendaTable(standardAgenda, strings: strings)]
            + [.heading(level: 2, text: InlineText(strings.rules)), DocumentHelpers.bullets(rules)]
            + [.callout(Callout(kind: .fact, title: strings.readMore, blocks: [.paragraph(InlineText(readMore))]))]
        return Document(
            metadata: DocumentMetadata(title: strings.boardMeetingGuide, subject: strings.boardMeeting, language: language, slug: "tavlemoede-guide"),
            blocks: blocks + [SeedSource.learningBooklet.line(in: language)])
    }
}
