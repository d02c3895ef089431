public import DocumentTree
import ForebygCore

extension WorkplaceActionPlan {
    /// The plan as a document: its metadata as a description list, the plan table
    /// (columns `focus_area`, `what_how_when`, `timing`, `responsible`, `status`, `goal`, and
    /// `proposal` when a row comes from a proposal), the rows overdue as of ``asOf`` and the
    /// full status history as its own table.
    public func document(in language: Language) -> Document {
        let strings = ActionPlansStrings.for(language)
        let title = self.title ?? strings.workplacePlanTitle
        return Document(
            metadata: DocumentMetadata(
                title: title, subject: workplace, date: (asOf ?? adopted)?.formatted(in: language),
                language: language, slug: "workplace-action-plan"),
            blocks: [
                .descriptionList(metadataList(strings, language)),
                .heading(level: 2, text: InlineText(strings.planHeading)),
                .table(planTable(strings, language)),
            ] + overdueBlocks(asOf: asOf, strings, language) + [
                .heading(level: 2, text: InlineText(strings.statusHistoryHeading)),
                .table(statusHistoryTable(strings, language)),
            ])
    }

    private func metadataList(_ strings: ActionPlansStrings, _ language: Language) -> DescriptionList {
        let authorText = authors.map { author in
            author.name.map { "\($0) (\(strings.roleLabel(author.role)))" } ?? strings.roleLabel(author.role)
        }
        return DescriptionList(items: [
            .init(label: strings.workplace, value: InlineText(workplace ?? "")),
            .init(label: strings.period, value: InlineText(period?.formatted(in: language) ?? "")),
            .init(label: strings.authors, value: InlineText(authorText.joined(separator: ", "))),
            .init(label: strings.adopted, value: InlineText(adopted?.formatted(in: language) ?? "")),
            .init(label: strings.nextRevision, value: InlineText(nextRevision?.formatted(in: language) ?? "")),
            .init(label: strings.asOf, value: InlineText(asOf?.formatted(in: language) ?? "")),
        ])
    }

    private func planTable(_ strings: ActionPlansStrings, _ language: Language) -> Table {
        let showsProposal = rows.contains { $0.proposal != nil }
        var columns: [Table.Column] = [
            .init(title: strings.focusArea, key: "focus_area"),
            .init(title: strings.whatHowWhen, key: "what_how_when"),
            .init(title: strings.timing, key: "timing"),
            .init(title: strings.responsible, key: "responsible"),
            .init(title: strings.status, key: "status"),
            .init(title: strings.goal, key: "goal"),
        ]
        if showsProposal { columns.append(.init(title: strings.proposal, key: "proposal")) }
        let cells = rows.map { row in
            var cells = row.cells(strings, language)
            if showsProposal { cells.append(InlineText(row.proposal?.rawValue ?? "")) }
            return cells
        }
        return Table(name: "action-plan", columns: columns, rows: cells, firstColumnIsRowHeader: true)
    }

    private func statusHistoryTable(_ strings: ActionPlansStrings, _ language: Language) -> Table {
        Table(
            name: "status-history",
            columns: [
                .init(title: strings.focusArea, key: "focus_area"),
                .init(title: strings.statusDate, key: "status_date"),
                .init(title: strings.status, key: "status"),
                .init(title: strings.statusNote, key: "note"),
            ],
            rows: rows.flatMap { row in
                row.statusHistory.map { entry in
                    [InlineText(row.focusArea)] + entry.historyCells(in: language)
                }
            },
            firstColumnIsRowHeader: true)
    }
}

extension WorkplaceActionPlan.Row {
    /// The row's cells in the plan table's column order (without the proposal column).
    fileprivate func cells(_ strings: ActionPlansStrings, _ language: Language) -> [InlineText] {
        var timingLines = timing.map { $0.label(in: language) }
        if let deadline { timingLines.append("\(strings.deadline): \(deadline.formatted(in: language))") }
        return [
            InlineText(focusArea),
            InlineText(whatHowWhen),
            InlineText(timingLines.joined(separator: "\n")),
            InlineText(responsibilities ?? responsible.joined(separator: ", ")),
            InlineText(currentStatus?.datedText(in: language) ?? ""),
            InlineText(goal),
        ]
    }
}
