public import DocumentTree
public import ForebygCore

extension FITGuide {
    /// The printable guide: the seed's steps, then the licence note.
    public static func document(in language: Language) -> Document {
        let strings = RiskToolsStrings.for(language)
        return Document(
            metadata: DocumentMetadata(title: strings.fitGuideTitle, subject: strings.fitTitle, languageTag: language.tag, slug: "fit-guide"),
            blocks: stepGroups.flatMap(\.blocks) + [.callout(Callout(kind: .note, title: strings.noteTitle, blocks: [.text(strings.fitLicence)]))])
    }
}
