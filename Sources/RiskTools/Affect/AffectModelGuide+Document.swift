public import DocumentTree
import ForebygCore

extension AffectModelGuide {
    /// The printable guide: the seed's summary and text on the model with its source line, the
    /// steps for preparing and holding the reflection, each phase's guiding question and
    /// questions, the Snekkersten case, the seed's reading and the booklet as source.
    public static func document(in language: Language) -> Document {
        let strings = RiskToolsStrings.for(language)
        let phases = AffectPhase.allCases.flatMap { phase -> [Block] in
            [
                .heading("\(phase.label(in: language)): \(phase.guidingQuestion)", level: 3),
                .bullets(phase.questions),
            ]
        }
        let text: [Block] = [.paragraph(summary)] + introduction.blocks() + [.paragraph(modelSource)]
        let method: [Block] = [.heading(strings.affectGuideTitle)] + stepGroups.flatMap(\.blocks) + [.heading(strings.reflectionQuestionsHeading)] + phases
        let after = [snekkerstenCase.block(in: language), SeedPassage.readMoreBox(readMore, in: language), SeedSource.learningBooklet.line(in: language)]
        return Document(
            metadata: DocumentMetadata(title: strings.affectGuideTitle, subject: strings.episodeSubject, language: language, slug: "affect-model-guide"),
            blocks: text + method + after)
    }
}
