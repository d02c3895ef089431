public import DocumentTree
import ForebygCore

extension ResidentConference {
    /// The record as a document: header, agenda, roles and participants, the evaluation of the
    /// previous conference, stories, understanding and agreed actions, and the seed's rules.
    /// A blank record prints with writing space.
    public func document(in language: Language) -> Document {
        let strings = LearningMethodsStrings.for(language)
        let blocks = header(strings, language) + agendaBlocks(strings) + participantBlocks(strings)
            + evaluationBlocks(strings) + storyBlocks(strings) + actionBlocks(strings, language) + ruleBlocks(strings)
        return Document(
            metadata: DocumentMetadata(
                title: strings.residentConference, subject: workplace, date: date?.formatted(in: language),
                language: language, slug: "beboerkonference"),
            blocks: blocks + [SeedSource.learningBooklet.line(in: language)])
    }

    private func header(_ strings: LearningMethodsStrings, _ language: Language) -> [Block] {
        [.descriptionList(DescriptionList(items: [
            .init(label: strings.resident, value: InlineText(resident.rawValue)),
            .init(label: strings.date, value: DocumentHelpers.formatted(date, in: language)),
            .init(label: strings.occasion, value: InlineText(strings.occasions(occasion))),
            .init(label: strings.residentChosenOn, value: DocumentHelpers.formatted(residentChosenOn, in: language)),
            .init(label: strings.previousConference, value: DocumentHelpers.formatted(previousConference, in: language)),
            .init(label: strings.nextMeeting, value: DocumentHelpers.formatted(nextConference, in: language)),
        ])),
         DocumentHelpers.field(agenda.items.first?.questions.first ?? strings.resident, entries: challenges)]
    }

    private func agendaBlocks(_ strings: LearningMethodsStrings) -> [Block] {
        [.heading(level: 2, text: InlineText(strings.agenda)), DocumentHelpers.agendaTable(agenda, strings: strings)]
    }

    private func participantBlocks(_ strings: LearningMethodsStrings) -> [Block] {
        let roles = ConferenceRole.allCases.compactMap { role in
            role.seedDescription.map { DescriptionList.Item(label: strings.roles(role), value: InlineText($0)) }
        }
        let table = Table(
            name: "participants",
            columns: [
                .init(title: strings.participant, key: "participant"), .init(title: strings.role, key: "role"),
                .init(title: strings.profession, key: "profession"),
            ],
            rows: participants.map { [InlineText($0.person.rawValue), InlineText(strings.roles($0.role)), InlineText($0.profession ?? "")] })
        return [.heading(level: 2, text: InlineText(strings.participants)), .descriptionList(DescriptionList(items: roles)), .table(table)]
    }

    private func evaluationBlocks(_ strings: LearningMethodsStrings) -> [Block] {
        let table = Table(
            name: "evaluation",
            columns: [
                .init(title: strings.agreedAction, key: "action"), .init(title: strings.wentWell, key: "went_well"),
                .init(title: strings.doDifferently, key: "do_differently"),
            ],
            rows: evaluations.map { [InlineText($0.action), InlineText($0.wentWell ?? ""), InlineText($0.doDifferently ?? "")] },
            firstColumnIsRowHeader: true)
        return [.heading(level: 2, text: InlineText(strings.evaluation)), .table(table)]
    }

    private func storyBlocks(_ strings: LearningMethodsStrings) -> [Block] {
        let stories = stories.flatMap { story in
            [.heading(level: 3, text: InlineText("\(strings.roles(.narrator)): \(story.narrator)")), DocumentHelpers.bullets(story.story)]
                + (story.reflections.isEmpty ? [] : [DocumentHelpers.bullets(story.reflections)])
        }
        return [.heading(level: 2, text: InlineText(strings.stories))]
            + (self.stories.isEmpty ? [DocumentHelpers.field(strings.stories, entries: [])] : stories)
            + [.heading(level: 2, text: InlineText(strings.understanding)),
               DocumentHelpers.field(strings.understanding, entries: understanding)]
    }

    private func actionBlocks(_ strings: LearningMethodsStrings, _ language: Language) -> [Block] {
        let table = Table(
            name: "agreed-actions",
            columns: [
                .init(title: strings.agreedAction, key: "action"), .init(title: strings.responsible, key: "responsible"),
                .init(title: strings.frequency, key: "frequency"), .init(title: strings.starts, key: "starts"),
                .init(title: strings.documentedBy, key: "documented_by"),
            ],
            rows: agreedActions.map { action in
                [InlineText(action.action), InlineText(action.responsible.map(\.rawValue).joined(separator: ", ")),
                 InlineText(action.frequency ?? ""), DocumentHelpers.formatted(action.starts, in: language),
                 InlineText(action.documentedBy?.rawValue ?? "")]
            },
            firstColumnIsRowHeader: true)
        return [.heading(level: 2, text: InlineText(strings.agreedActions)), .table(table)]
    }

    private func ruleBlocks(_ strings: LearningMethodsStrings) -> [Block] {
        var blocks: [Block] = [.callout(Callout(kind: .fact, title: strings.rules, blocks: [DocumentHelpers.bullets(Self.rules)]))]
        if !localRules.isEmpty {
            blocks.append(.callout(Callout(kind: .example, title: workplace ?? strings.workplace, blocks: [DocumentHelpers.bullets(localRules)])))
        }
        return blocks
    }
}
