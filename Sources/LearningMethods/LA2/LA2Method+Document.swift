public import DocumentTree
import ForebygCore

extension LA2Method {
    /// The printable guide: the seed's summary and text on LA2 with the three plans' purposes,
    /// preparation, using the plans, each kind's steps, the læringsplan's questions for
    /// colleagues and for the talk with the citizen, the Kragelund case, the seed's reading and
    /// the booklet as source.
    public static func document(in language: Language) -> Document {
        let strings = LearningMethodsStrings.for(language)
        let kinds = LA2PlanKind.allCases.flatMap { kind -> [Block] in
            [.heading(level: 3, text: InlineText(strings.planKindHeadings(kind))), DocumentHelpers.bullets(steps(for: kind))]
        }
        let questions: [Block] = [
            .paragraph(InlineText(LA2ReflectionQuestions.colleaguesIntroduction)), DocumentHelpers.bullets(LA2ReflectionQuestions.colleagues),
            .paragraph(InlineText(LA2ReflectionQuestions.citizenIntroduction)), DocumentHelpers.bullets(LA2ReflectionQuestions.citizen),
            .paragraph(InlineText(LA2ReflectionQuestions.closingAdvice)), .paragraph(InlineText(LA2ReflectionQuestions.carryingAdvice)),
        ]
        let text = [SeedPassage([summary] + introduction), SeedPassage(heading: plansHeading, LA2PlanKind.allCases.map(LA2Plan.purpose(of:)))].blocks()
        let after = [kragelundCase.block(in: language), SeedPassage.readMoreBox(readMore, in: language), SeedSource.learningBooklet.line(in: language)]
        let blocks: [Block] = [
            .heading(level: 2, text: InlineText(strings.preparation)), DocumentHelpers.bullets(preparation),
            .heading(level: 2, text: InlineText(strings.usingThePlans)), .paragraph(InlineText(usingThePlans)),
        ]
        return Document(
            metadata: DocumentMetadata(title: strings.la2Guide, subject: "LA2", language: language, slug: "la2-guide"),
            blocks: text + blocks + kinds + questions + after)
    }
}
