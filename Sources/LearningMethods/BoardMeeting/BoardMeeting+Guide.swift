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
            [.paragraph(summary)] + definition.map { .paragraph($0) }
            + [.heading(learningHeading)] + learning.map { .paragraph($0) }
            + [.heading(strings.preparation), Block.bullets(preparation)]
            + [.heading(conductHeading), standardAgenda.table(strings)]
            + [.heading(strings.rules), Block.bullets(rules)]
            + [.callout(Callout(kind: .fact, title: strings.readMore, blocks: [.paragraph(readMore)]))]
        return SeedSource.learningBooklet.document(
            metadata: DocumentMetadata(title: strings.boardMeetingGuide, subject: strings.boardMeeting, language: language, slug: "tavlemoede-guide"),
            blocks: blocks)
    }
}
