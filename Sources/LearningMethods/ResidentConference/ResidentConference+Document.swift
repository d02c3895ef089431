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
        return SeedSource.learningBooklet.document(
            title: strings.residentConference, subject: workplace, date: date,
            language: language, slug: "beboerkonference", blocks: blocks)
    }

    private func header(_ strings: LearningMethodsStrings, _ language: Language) -> [Block] {
        [.descriptionList([
            (strings.resident, resident.rawValue),
            (strings.date, date?.formatted(in: language) ?? ""),
            (strings.occasion, strings.occasions(occasion)),
            (strings.residentChosenOn, residentChosenOn?.formatted(in: language) ?? ""),
            (strings.previousConference, previousConference?.formatted(in: language) ?? ""),
            (strings.nextMeeting, nextConference?.formatted(in: language) ?? ""),
        ]),
         Block.field(agenda.items.first?.questions.first ?? strings.resident, entries: challenges)]
    }

    private func agendaBlocks(_ strings: LearningMethodsStrings) -> [Block] {
        [.heading(strings.agenda), agenda.table(strings)]
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
        return [.heading(strings.participantsAndRoles), .descriptionList(DescriptionList(items: roles)), .table(table)]
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
        return [.heading(strings.evaluation), .table(table)]
    }

    private func storyBlocks(_ strings: LearningMethodsStrings) -> [Block] {
        let stories = stories.flatMap { story in
            [.heading("\(strings.roles(.narrator)): \(story.narrator)", level: 3), Block.bullets(story.story)]
                + (story.reflections.isEmpty ? [] : [Block.bullets(story.reflections)])
        }
        return [.heading(strings.stories)]
            + (self.stories.isEmpty ? [Block.field(strings.stories, entries: [])] : stories)
            + [.heading(strings.understanding),
               Block.field(strings.understanding, entries: understanding)]
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
                 InlineText(action.frequency ?? ""), InlineText(action.starts?.formatted(in: language) ?? ""),
                 InlineText(action.documentedBy?.rawValue ?? "")]
            },
            firstColumnIsRowHeader: true)
        return [.heading(strings.agreedActions), .table(table)]
    }

    private func ruleBlocks(_ strings: LearningMethodsStrings) -> [Block] {
        var blocks: [Block] = [.callout(Callout(kind: .fact, title: strings.rules, blocks: [Block.bullets(Self.rules)]))]
        if !localRules.isEmpty {
            blocks.append(.callout(Callout(kind: .example, title: workplace ?? strings.workplace, blocks: [Block.bullets(localRules)])))
        }
        return blocks
    }
}
