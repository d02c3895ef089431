public import DocumentTree
public import ForebygCore

extension AffectModelGuide {
    /// The printable guide: the steps for preparing and holding the reflection, then each
    /// phase's guiding question and questions.
    public static func document(in language: Language) -> Document {
        let strings = RiskToolsStrings.for(language)
        let phases = AffectPhase.allCases.flatMap { phase -> [Block] in
            [
                .heading(level: 3, text: InlineText("\(phase.label(in: language)): \(phase.guidingQuestion)")),
                .list(ListBlock(style: .bulleted, paragraphs: phase.questions.map { InlineText($0) })),
            ]
        }
        return Document(
            metadata: DocumentMetadata(title: strings.affectGuideTitle, subject: strings.episodeSubject, languageTag: language.tag, slug: "affect-model-guide"),
            blocks: stepGroups.flatMap(\.blocks) + [.heading(strings.reflectionQuestionsHeading)] + phases)
    }
}
