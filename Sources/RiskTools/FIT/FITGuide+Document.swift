public import DocumentTree
import ForebygCore

extension FITGuide {
    /// The printable guide: the seed's summary and text on FIT, the seed's steps, the Mads case,
    /// the seed's reading, the note on the scale and the licence, and the booklet as source.
    public static func document(in language: Language) -> Document {
        let strings = RiskToolsStrings.for(language)
        let text: [Block] = [.paragraph(summary)] + introduction.blocks()
        let method: [Block] = [.heading(strings.fitGuideTitle)] + stepGroups.flatMap(\.blocks)
        let note = Block.callout(Callout(kind: .note, title: strings.noteTitle, blocks: [.paragraph(strings.fitScaleNote), .paragraph(strings.fitLicence)]))
        let after = [madsCase.block(in: language), SeedPassage.readMoreBox(readMore, in: language), note, SeedSource.learningBooklet.line(in: language)]
        return Document(
            metadata: DocumentMetadata(title: strings.fitGuideTitle, subject: strings.fitTitle, language: language, slug: "fit-guide"),
            blocks: text + method + after)
    }
}
