import DocumentTree
import ForebygCore

extension LA2Plan {
    /// The læringsplan's blocks: the episode, the reflection questions of the plan's audience
    /// (verbatim), the closing of the talk with the citizen and what is carried into the other plans.
    func learningBlocks(_ content: LearningPlanContent?, _ strings: LearningMethodsStrings, _ language: Language) -> [Block] {
        let value = content ?? LearningPlanContent()
        return episodeBlocks(value, strings, language) + reflectionBlocks(value, strings) + closingBlocks(value, strings)
            + carriedBlocks(value, strings, language)
    }

    private func episodeBlocks(_ value: LearningPlanContent, _ strings: LearningMethodsStrings, _ language: Language) -> [Block] {
        [.heading(level: 2, text: InlineText(strings.episodeHeading)),
         .paragraph(InlineText(LA2ReflectionQuestions.episodeAdvice)),
         .descriptionList(DescriptionList(items: [.init(label: strings.episodeDate, value: DocumentHelpers.formatted(value.episodeDate, in: language))])),
         DocumentHelpers.field(strings.leadUp, entries: value.leadUp),
         DocumentHelpers.field(strings.episode, entries: value.episode),
         DocumentHelpers.field(strings.signsOfRaisedStrain, entries: value.signsOfRaisedStrain)]
    }

    private func reflectionBlocks(_ value: LearningPlanContent, _ strings: LearningMethodsStrings) -> [Block] {
        let professionals = audience == .professionals
        let heading = professionals ? strings.colleaguesReflection : strings.citizenReflection
        let introduction = professionals ? LA2ReflectionQuestions.colleaguesIntroduction : LA2ReflectionQuestions.citizenIntroduction
        let fields = LA2ReflectionQuestions.questions(for: audience).enumerated().map { offset, question in
            Block.field(Field(
                number: String(offset + 1), label: InlineText(question),
                answer: value.answer(to: offset + 1)?.map { InlineText($0) }, writingLines: 3))
        }
        return [.heading(level: 2, text: InlineText(heading)), .paragraph(InlineText(introduction))] + fields
    }

    private func closingBlocks(_ value: LearningPlanContent, _ strings: LearningMethodsStrings) -> [Block] {
        [.heading(level: 2, text: InlineText(strings.closing)),
         .callout(Callout(kind: .note, title: strings.closing, blocks: [.paragraph(InlineText(LA2ReflectionQuestions.closingAdvice))])),
         DocumentHelpers.field(strings.staffWillDoDifferently, text: value.staffWillDoDifferently),
         DocumentHelpers.field(strings.citizenWillTry, text: value.citizenWillTry)]
    }

    private func carriedBlocks(_ value: LearningPlanContent, _ strings: LearningMethodsStrings, _ language: Language) -> [Block] {
        let table = Table(
            name: "carried-into",
            columns: [
                .init(title: strings.plan, key: "plan"), .init(title: strings.section, key: "section"),
                .init(title: strings.phase, key: "phase"), .init(title: strings.entry, key: "text"),
                .init(title: strings.carriedOn, key: "carried_on"),
            ],
            rows: value.carriedInto.map { entry in
                [InlineText(strings.planNames(entry.plan)), InlineText(strings.sections(entry.section)),
                 InlineText(entry.phase.flatMap { strings.phases($0) } ?? ""), InlineText(entry.text),
                 DocumentHelpers.formatted(entry.carriedOn, in: language)]
            })
        return [.heading(level: 2, text: InlineText(strings.carriedInto)),
                .paragraph(InlineText(LA2ReflectionQuestions.carryingAdvice)), .table(table)]
    }
}
