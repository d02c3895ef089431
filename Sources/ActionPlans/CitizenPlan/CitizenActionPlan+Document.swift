public import DocumentTree
import ForebygCore

extension CitizenActionPlan {
    /// The plan as a document: a header, *Formål og baggrund* with the tracks, *Konkrete tiltag*
    /// as bulleted lists, one status table per snapshot (table `status-<date>`, columns `measure`,
    /// `status`), *Opfølgning og evaluering*, the measures overdue as of the plan's day, the full status history (table `status-history`) and
    /// an overview of the measures (table `citizen-plan-measures`).
    public func document(in language: Language) -> Document {
        let strings = ActionPlansStrings.for(language)
        var blocks: [Block] = [header(strings, language)]
        blocks += purposeBlocks(strings) + measureListBlocks(strings)
        blocks += statusSnapshots.flatMap { snapshotBlocks($0, strings, language) }
        blocks += followUpBlocks(strings, language) + overdueBlocks(asOf: effectiveAsOf, strings, language)
        blocks += [
            .heading(strings.statusHistoryHeading), .table(historyTable(strings, language)),
            .heading(strings.measuresOverviewHeading), .table(overviewTable(strings, language)),
        ]
        return Document(
            metadata: DocumentMetadata(
                title: title ?? strings.citizenPlanTitle, subject: citizen.rawValue,
                date: effectiveAsOf?.formatted(in: language), language: language,
                slug: "citizen-action-plan-\(citizen.rawValue)"),
            blocks: blocks)
    }

    private func header(_ strings: ActionPlansStrings, _ language: Language) -> Block {
        let notice = improvementNotice.map { notice in
            [notice.issuedBy, notice.date?.formatted(in: language)].compactMap { $0 }.joined(separator: ", ")
        }
        return .descriptionList([
            (strings.citizen, citizen.rawValue),
            (strings.workplace, workplace ?? ""),
            (strings.improvementNotice, notice ?? ""),
            (strings.start, start?.formatted(in: language) ?? ""),
            (strings.asOf, effectiveAsOf?.formatted(in: language) ?? ""),
        ])
    }

    private func purposeBlocks(_ strings: ActionPlansStrings) -> [Block] {
        var blocks: [Block] = [.heading(strings.purposeAndBackgroundHeading)]
        blocks += purposeAndBackground.map { .paragraph($0) }
        if let summary = improvementNotice?.summary { blocks.append(.paragraph(summary)) }
        if let tracksIntroduction { blocks.append(.paragraph(tracksIntroduction)) }
        for track in tracks {
            blocks.append(.heading(track.title, level: 3))
            blocks += track.description.map { .paragraph($0) }
        }
        return blocks
    }

    private func measureListBlocks(_ strings: ActionPlansStrings) -> [Block] {
        var blocks: [Block] = [.heading(strings.concreteMeasuresHeading)]
        for track in tracks {
            let items = track.measures.compactMap(\.description)
            guard !items.isEmpty else { continue }
            blocks.append(.heading(track.measuresHeading ?? track.title, level: 3))
            blocks.append(.bullets(items))
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
        return [.heading("\(strings.asOf) \(snapshot.date.formatted(in: language))"), .table(table)]
    }

    private func followUpBlocks(_ strings: ActionPlansStrings, _ language: Language) -> [Block] {
        var blocks: [Block] = [.heading(strings.followUpHeading)]
        blocks += followUp.map { .paragraph($0) }
        blocks.append(.descriptionList([
            (strings.overallResponsible, overallResponsible.joined(separator: ", ")),
            (strings.nextEvaluation, nextEvaluation?.formatted(in: language) ?? ""),
        ]))
        return blocks
    }

    private func historyTable(_ strings: ActionPlansStrings, _ language: Language) -> Table {
        StatusEntry.historyTable(
            subject: .init(title: strings.measure, key: "measure"),
            of: trackedMeasures.map { ($0.title, $0.statusHistory) }, strings, language)
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
