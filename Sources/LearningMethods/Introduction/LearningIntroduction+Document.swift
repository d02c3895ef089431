public import DocumentTree
import ForebygCore

extension LearningIntroduction {
    /// The printable introduction: the opening box, the foreword, the introduction's sections,
    /// the footnotes and the booklet as source.
    public static func document(in language: Language) -> Document {
        let strings = LearningMethodsStrings.for(language)
        let blocks: [Block] = [.paragraph(summary)] + foreword.blocks() + sections.blocks()
            + footnotes.map { .paragraph($0) } + [SeedSource.learningBooklet.line(in: language)]
        return Document(
            metadata: DocumentMetadata(title: strings.learningIntroduction, language: language, slug: "laering-introduktion"),
            blocks: blocks)
    }
}
