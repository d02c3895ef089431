public import DocumentTree
import ForebygCore

extension PracticeStory {
    /// The story as a document: header, the seed's description, the story and reflections,
    /// the group's discussion, the facilitator's three questions, and the proposals with their
    /// links to *Forslag til nye tiltag*. A blank story prints with writing space.
    public func document(in language: Language) -> Document {
        let strings = LearningMethodsStrings.for(language)
        let questions = PracticeStoryQuestions.proposalQuestions.enumerated().map { offset, question in
            let answer = answers.first { $0.question == offset + 1 }?.answer
            return Block.field(Field(number: String(offset + 1), label: InlineText(question), answer: answer.map { $0.map { InlineText($0) } }))
        }
        let blocks: [Block] = header(strings, language)
            + [.paragraph(PracticeStoryQuestions.introduction),
               .heading(strings.story),
               Block.field(PracticeStoryQuestions.story, entries: story, writingLines: 12),
               .heading(strings.reflections),
               Block.field(PracticeStoryQuestions.reflection, entries: reflections, writingLines: 6),
               .heading(strings.discussion),
               Block.field(PracticeStoryQuestions.discussion, entries: discussion, writingLines: 6)]
            + questions + proposalBlocks(strings)
        return SeedSource.learningBooklet.document(
            title: strings.practiceStory, subject: theme, date: date,
            language: language, slug: "praksisfortaelling", blocks: blocks)
    }

    private func header(_ strings: LearningMethodsStrings, _ language: Language) -> [Block] {
        [.descriptionList([
            (strings.writer, writer.rawValue),
            (strings.date, date?.formatted(in: language) ?? ""),
            (strings.theme, theme ?? ""),
            (strings.workplace, workplace ?? ""),
            (strings.workingGroup, workingGroup ?? ""),
        ])]
    }

    private func proposalBlocks(_ strings: LearningMethodsStrings) -> [Block] {
        let table = Table(
            name: "proposals",
            columns: [.init(title: strings.proposal, key: "proposal"), .init(title: strings.proposalReference, key: "proposal_id")],
            rows: proposals.map { [InlineText($0.proposal), InlineText($0.proposalID ?? "")] })
        var blocks: [Block] = [.heading(strings.proposals), .table(table)]
        if let continuation {
            blocks.append(.descriptionList([
                (strings.nextMeeting, strings.continuations(continuation)),
            ]))
        }
        blocks.append(.callout(Callout(kind: .note, title: strings.proposals, blocks: [.paragraph(PracticeStoryQuestions.afterMeeting)])))
        return blocks
    }
}
