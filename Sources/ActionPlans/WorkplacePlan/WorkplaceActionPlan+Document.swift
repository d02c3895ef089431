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
                metadataList(strings, language),
                .heading(strings.planHeading),
                .table(planTable(strings, language)),
            ] + overdueBlocks(asOf: asOf, strings, language) + [
                .heading(strings.statusHistoryHeading),
                .table(statusHistoryTable(strings, language)),
            ])
    }

    private func metadataList(_ strings: ActionPlansStrings, _ language: Language) -> Block {
        let authorText = authors.map { author in
            author.name.map { "\($0) (\(strings.roleLabel(author.role)))" } ?? strings.roleLabel(author.role)
        }
        return .descriptionList([
            (strings.workplace, workplace ?? ""),
            (strings.period, period?.formatted(in: language) ?? ""),
            (strings.authors, authorText.joined(separator: ", ")),
            (strings.adopted, adopted?.formatted(in: language) ?? ""),
            (strings.nextRevision, nextRevision?.formatted(in: language) ?? ""),
            (strings.asOf, asOf?.formatted(in: language) ?? ""),
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
        StatusEntry.historyTable(
            subject: .init(title: strings.focusArea, key: "focus_area"),
            of: rows.map { ($0.focusArea, $0.statusHistory) }, strings, language)
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
