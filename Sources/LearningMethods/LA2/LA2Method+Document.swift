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
            [.heading(strings.planKindHeadings(kind), level: 3), Block.bullets(steps(for: kind))]
        }
        let questions: [Block] = [
            .paragraph(LA2ReflectionQuestions.colleaguesIntroduction), Block.bullets(LA2ReflectionQuestions.colleagues),
            .paragraph(LA2ReflectionQuestions.citizenIntroduction), Block.bullets(LA2ReflectionQuestions.citizen),
            .paragraph(LA2ReflectionQuestions.closingAdvice), .paragraph(LA2ReflectionQuestions.carryingAdvice),
        ]
        let text = [SeedPassage([summary] + introduction), SeedPassage(heading: plansHeading, LA2PlanKind.allCases.map(LA2Plan.purpose(of:)))].blocks()
        let after = [kragelundCase.block(in: language), SeedPassage.readMoreBox(readMore, in: language), SeedSource.learningBooklet.line(in: language)]
        let blocks: [Block] = [
            .heading(strings.preparation), Block.bullets(preparation),
            .heading(strings.usingThePlans), .paragraph(usingThePlans),
        ]
        return Document(
            metadata: DocumentMetadata(title: strings.la2Guide, subject: "LA2", language: language, slug: "la2-guide"),
            blocks: text + blocks + kinds + questions + after)
    }
}
