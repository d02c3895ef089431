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
        [.heading(strings.episodeHeading),
         .paragraph(LA2ReflectionQuestions.episodeAdvice),
         .descriptionList([(strings.episodeDate, value.episodeDate?.formatted(in: language) ?? "")]),
         Block.field(strings.leadUp, entries: value.leadUp),
         Block.field(strings.episode, entries: value.episode),
         Block.field(strings.signsOfRaisedStrain, entries: value.signsOfRaisedStrain)]
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
        return [.heading(heading), .paragraph(introduction)] + fields
    }

    private func closingBlocks(_ value: LearningPlanContent, _ strings: LearningMethodsStrings) -> [Block] {
        [.heading(strings.closing),
         .callout(Callout(kind: .note, title: strings.closing, blocks: [.paragraph(LA2ReflectionQuestions.closingAdvice)])),
         Block.field(strings.staffWillDoDifferently, entries: value.staffWillDoDifferently.map { [$0] } ?? []),
         Block.field(strings.citizenWillTry, entries: value.citizenWillTry.map { [$0] } ?? [])]
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
                 InlineText(entry.carriedOn?.formatted(in: language) ?? "")]
            })
        return [.heading(strings.carriedInto),
                .paragraph(LA2ReflectionQuestions.carryingAdvice), .table(table)]
    }
}
