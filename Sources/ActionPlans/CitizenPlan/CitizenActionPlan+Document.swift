public import DocumentTree
import ForebygCore

extension CitizenActionPlan {
    /// The plan as a document: a header, *Formål og baggrund* with the tracks, *Konkrete tiltag*
    /// as bulleted lists, one status table per snapshot (table `status-<date>`, columns `measure`,
    /// `status`), *Opfølgning og evaluering*, the measures overdue as of the plan's day, the full status history (table `status-history`) and
    /// an overview of the measures (table `citizen-plan-measures`).
    public func document(in language: Language) -> Document {
        let strings = ActionPlansStrings.for(language)
        var blocks: [Block] = [.descriptionList(header(strings, language))]
        blocks += purposeBlocks(strings) + measureListBlocks(strings)
        blocks += statusSnapshots.flatMap { snapshotBlocks($0, strings, language) }
        blocks += followUpBlocks(strings, language) + overdueBlocks(asOf: effectiveAsOf, strings, language)
        blocks += [
            .heading(level: 2, text: InlineText(strings.statusHistoryHeading)), .table(historyTable(strings, language)),
            .heading(level: 2, text: InlineText(strings.measuresOverviewHeading)), .table(overviewTable(strings, language)),
        ]
        return Document(
            metadata: DocumentMetadata(
                title: title ?? strings.citizenPlanTitle, subject: citizen.rawValue,
                date: effectiveAsOf?.formatted(in: language), language: language,
                slug: "citizen-action-plan-\(citizen.rawValue)"),
            blocks: blocks)
    }

    private func header(_ strings: ActionPlansStrings, _ language: Language) -> DescriptionList {
        let notice = improvementNotice.map { notice in
            [notice.issuedBy, notice.date?.formatted(in: language)].compactMap { $0 }.joined(separator: ", ")
        }
        return DescriptionList(items: [
            .init(label: strings.citizen, value: InlineText(citizen.rawValue)),
            .init(label: strings.workplace, value: InlineText(workplace ?? "")),
            .init(label: strings.improvementNotice, value: InlineText(notice ?? "")),
            .init(label: strings.start, value: InlineText(start?.formatted(in: language) ?? "")),
            .init(label: strings.asOf, value: InlineText(effectiveAsOf?.formatted(in: language) ?? "")),
        ])
    }

    private func purposeBlocks(_ strings: ActionPlansStrings) -> [Block] {
        var blocks: [Block] = [.heading(level: 2, text: InlineText(strings.purposeAndBackgroundHeading))]
        blocks += purposeAndBackground.map { .paragraph(InlineText($0)) }
        if let summary = improvementNotice?.summary { blocks.append(.paragraph(InlineText(summary))) }
        if let tracksIntroduction { blocks.append(.paragraph(InlineText(tracksIntroduction))) }
        for track in tracks {
            blocks.append(.heading(level: 3, text: InlineText(track.title)))
            blocks += track.description.map { .paragraph(InlineText($0)) }
        }
        return blocks
    }

    private func measureListBlocks(_ strings: ActionPlansStrings) -> [Block] {
        var blocks: [Block] = [.heading(level: 2, text: InlineText(strings.concreteMeasuresHeading))]
        for track in tracks {
            let items = track.measures.compactMap(\.description).map { InlineText($0) }
            guard !items.isEmpty else { continue }
            blocks.append(.heading(level: 3, text: InlineText(track.measuresHeading ?? track.title)))
            blocks.append(.list(ListBlock(style: .bulleted, paragraphs: items)))
        }
        return blocks
    }

    private func snapshotBlocks(_ snapshot: StatusSnapshot, _ strings: ActionPlansStrings, _ language: Language) -> [Block] {
        let titles = Dictionary(measures.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let table = Table(
            name: "status-\(snapshot.date.isoString)",
            columns: [.init(title: strings.measure, key: "measure"), .init(title: strings.status, key: "status")],
            rows: snapshot.entries.map { entry in
                [InlineText(titles[entry.measure] ?? entry.measure.rawValue), InlineText(entry.note ?? entry.status.label(in: language))]
            },
            firstColumnIsRowHeader: true)
        return [.heading(level: 2, text: InlineText("\(strings.asOf) \(snapshot.date.formatted(in: language))")), .table(table)]
    }

    private func followUpBlocks(_ strings: ActionPlansStrings, _ language: Language) -> [Block] {
        var blocks: [Block] = [.heading(level: 2, text: InlineText(strings.followUpHeading))]
        blocks += followUp.map { .paragraph(InlineText($0)) }
        blocks.append(.descriptionList(DescriptionList(items: [
            .init(label: strings.overallResponsible, value: InlineText(overallResponsible.joined(separator: ", "))),
            .init(label: strings.nextEvaluation, value: InlineText(nextEvaluation?.formatted(in: language) ?? "")),
        ])))
        return blocks
    }

    private func historyTable(_ strings: ActionPlansStrings, _ language: Language) -> Table {
        Table(
            name: "status-history",
            columns: [
                .init(title: strings.measure, key: "measure"), .init(title: strings.statusDate, key: "status_date"),
                .init(title: strings.status, key: "status"), .init(title: strings.statusNote, key: "note"),
            ],
            rows: trackedMeasures.flatMap { measure in
                measure.statusHistory.map { [InlineText(measure.title)] + $0.historyCells(in: language) }
            },
            firstColumnIsRowHeader: true)
    }

    private func overviewTable(_ strings: ActionPlansStrings, _ language: Language) -> Table {
        let standing = effectiveAsOf.map { date in trackedMeasures.map { $0.status(asOf: date) } }
            ?? trackedMeasures.map(\.statusHistory.last)
        let trackOf = tracks.flatMap { track in track.measures.map { _ in track.title } }
        return Table(
            name: "citizen-plan-measures",
            columns: [
                .init(title: strings.track, key: "track"), .init(title: strings.measure, key: "measure"),
                .init(title: strings.responsible, key: "responsible"), .init(title: strings.deadline, key: "deadline"),
                .init(title: strings.status, key: "status"), .init(title: strings.statusDate, key: "status_date"),
            ],
            rows: trackedMeasures.enumerated().map { index, measure in
                [
                    InlineText(trackOf[index]), InlineText(measure.title),
                    InlineText(measure.responsible.joined(separator: ", ")),
                    InlineText(measure.deadline?.formatted(in: language) ?? ""),
                    InlineText(standing[index]?.status?.label(in: language) ?? ""),
                    InlineText(standing[index]?.date?.formatted(in: language) ?? ""),
                ]
            })
    }
}
