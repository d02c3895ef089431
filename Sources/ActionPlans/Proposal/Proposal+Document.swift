public import DocumentTree
import ForebygCore

extension Proposal {
    /// The proposal as a form: a header, the ten questions as fields (blank where unanswered)
    /// and, when present, the IG's decisions (table `proposal-actions`), coordination, evaluation
    /// and history (table `proposal-lifecycle`). A blank proposal gives the printable blank form,
    /// with empty rows in the decisions table to write in.
    public func document(in language: Language) -> Document {
        let strings = ActionPlansStrings.for(language)
        var blocks: [Block] = [header(strings)]
        blocks += questionBlocks(strings, language)
        if !actions.isEmpty || isBlank { blocks += [.heading(strings.decisionsHeading), .table(actionsTable(strings, language))] }
        if let coordination { blocks += coordination.blocks(strings) }
        if let evaluation { blocks += evaluation.blocks(strings, language) }
        if !lifecycle.isEmpty { blocks += [.heading(strings.lifecycleHeading), .table(lifecycleTable(strings, language))] }
        return Document(
            metadata: DocumentMetadata(
                title: title ?? strings.proposalTitle, subject: title == nil ? nil : strings.proposalTitle,
                date: lifecycle.last(where: { $0.date != nil })?.date?.formatted(in: language),
                language: language, slug: isBlank ? "proposal-blank" : "proposal-\(id.rawValue)"),
            blocks: blocks)
    }

    private func header(_ strings: ActionPlansStrings) -> Block {
        .descriptionList([
            (strings.courseWorkingGroup, course?.workingGroup?.rawValue ?? ""),
            (strings.storyMeeting, course?.storyMeeting.map(String.init) ?? ""),
            (strings.theme, course?.theme ?? ""),
            (strings.stage, isBlank ? "" : strings.stages(stage)),
        ])
    }

    private func questionBlocks(_ strings: ActionPlansStrings, _ language: Language) -> [Block] {
        let fields = ProposalQuestion.allCases.map { question in
            Block.field(question.field(answer: answer(to: question), in: language, wording: questionWording))
        }
        return [.heading(strings.questionsForWorkingGroup)] + fields[0..<5]
            + [.heading(strings.questionsForImplementationGroup)] + fields[5...]
    }

    private func actionsTable(_ strings: ActionPlansStrings, _ language: Language) -> Table {
        let rows = actions.map { action in
            [
                InlineText(action.what),
                InlineText(action.responsible.joined(separator: ", ")),
                InlineText(action.deadline?.formatted(in: language) ?? ""),
                InlineText(action.timing.map { $0.label(in: language) }.joined(separator: "\n")),
            ]
        }
        return Table(
            name: "proposal-actions",
            columns: [
                .init(title: strings.what, key: "what"), .init(title: strings.responsible, key: "responsible"),
                .init(title: strings.deadline, key: "deadline"), .init(title: strings.timing, key: "timing"),
            ],
            rows: isBlank ? Array(repeating: [], count: 4) : rows)
    }

    private func lifecycleTable(_ strings: ActionPlansStrings, _ language: Language) -> Table {
        Table(
            name: "proposal-lifecycle",
            columns: [
                .init(title: strings.statusDate, key: "date"), .init(title: strings.stage, key: "stage"),
                .init(title: strings.meeting, key: "meeting"), .init(title: strings.remark, key: "note"),
            ],
            rows: lifecycle.map { event in
                [
                    InlineText(event.date?.formatted(in: language) ?? ""),
                    InlineText(strings.stages(event.stage)),
                    InlineText(event.meeting.map { strings.meetings($0) } ?? ""),
                    InlineText(event.note ?? ""),
                ]
            })
    }
}

extension Proposal.Coordination {
    /// The coordination section: a heading and a description list.
    fileprivate func blocks(_ strings: ActionPlansStrings) -> [Block] {
        [
            .heading(strings.coordinationHeading),
            .descriptionList([
                (strings.withOtherWorkingGroups, withOtherWorkingGroups ? strings.yes : strings.no),
                (strings.withCommittee, withCommittee ? strings.yes : strings.no),
                (strings.responsible, responsible.joined(separator: ", ")),
            ]),
        ]
    }
}

extension Proposal.Evaluation {
    /// The evaluation section: a heading and a description list.
    fileprivate func blocks(_ strings: ActionPlansStrings, _ language: Language) -> [Block] {
        [
            .heading(strings.evaluationHeading),
            .descriptionList([
                (strings.evaluationWhen, when.label(in: language)),
                (strings.evaluationHow, how),
                (strings.responsible, (responsible ?? []).joined(separator: ", ")),
            ]),
        ]
    }
}
