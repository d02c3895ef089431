public import DocumentTree
import ForebygCore

extension FITSeries {
    /// The series summary: header, cutoffs, ORS and SRS tables with totals, changes and a flag on
    /// every session below its cutoff (the total in bold, and the reading in the column
    /// `ors_below_cutoff` or `srs_below_cutoff`), and a line chart of each total with its cutoff as
    /// a reference line.
    public func document(in language: Language) -> Document {
        let strings = RiskToolsStrings.for(language)
        let sorted = sessions.sorted { $0.date < $1.date }
        let summaryByDate = summaries
        let blocks: [Block] = [
            .descriptionList([
                (strings.citizen, citizen.rawValue),
                (strings.population, effectivePopulation.label(in: language)),
            ]),
            .callout(Callout(kind: .note, title: strings.noteTitle, blocks: [.paragraph(strings.fitLicence)])),
            .heading(strings.cutoffsHeading), cutoffList(strings, language),
            .heading(strings.orsTitle), .table(orsTable(sorted, summaryByDate, strings, language)), .chart(orsChart(summaryByDate, strings, language)),
            .heading(strings.srsTitle), .table(srsTable(sorted, summaryByDate, strings, language)), .chart(srsChart(summaryByDate, strings, language)),
        ]
        return SeedSource.learningBooklet.document(
            title: strings.fitTitle, subject: "\(strings.citizen): \(citizen)", date: sorted.last?.date,
            language: language, slug: "fit-\(citizen)", blocks: blocks)
    }

    /// Blank, printable ORS and SRS sheets: a header, seed 002's explanation of the form, and a
    /// line (0–10) per item.
    public static func blankSheets(in language: Language) -> Document {
        let strings = RiskToolsStrings.for(language)
        let header = Block.descriptionList([strings.citizen, strings.staffMember, strings.date].map { ($0, "") })
        let orsFields = ORSItem.allCases.map { Block.field(Field(label: InlineText("\($0.label(in: language)) \($0.description(in: language))"), answer: nil, writingLines: 1)) }
        let srsFields = SRSItem.allCases.map { Block.field(Field(label: InlineText($0.label(in: language)), answer: nil, writingLines: 1)) }
        return SeedSource.learningBooklet.document(
            metadata: DocumentMetadata(title: strings.fitTitle, language: language, slug: "fit-blank"),
            blocks: [.heading(strings.orsTitle), header, explanation(strings.aboutORS, FITGuide.orsExplanation)]
                + [.paragraph(strings.orsBeforeSession), .paragraph(strings.fitLineInstruction)] + orsFields
                + [.pageBreak, .heading(strings.srsTitle), header, explanation(strings.aboutSRS, FITGuide.srsExplanation)]
                + [.paragraph(strings.srsAfterSession), .paragraph(strings.fitLineInstruction)] + srsFields
                + [.callout(Callout(kind: .note, title: strings.noteTitle, blocks: [.paragraph(strings.fitScaleNote), .paragraph(strings.fitLicence)]))])
    }

    private static func explanation(_ title: String, _ text: String) -> Block {
        .callout(Callout(kind: .fact, title: title, blocks: [.paragraph(text)]))
    }

    /// A total's cell, in bold when it is below its cutoff, and the row's flag: the reading of the
    /// cutoff it is below, or empty.
    private func totalCells(
        _ total: Double?, isBelow: (Double) -> Bool, flag: (String) -> String, cutoff: Double, _ language: Language
    ) -> (total: InlineText, flag: InlineText) {
        guard let total else { return ("", "") }
        let text = formatNumber(total, in: language)
        guard isBelow(total) else { return (InlineText(text), "") }
        return (InlineText([.strong(text)]), InlineText(flag(formatNumber(cutoff, in: language))))
    }

    private func cutoffList(_ strings: RiskToolsStrings, _ language: Language) -> Block {
        let cutoffs = effectiveCutoffs
        return .descriptionList([
            (strings.orsCutoffAdult, formatNumber(cutoffs.orsAdult, in: language)),
            (strings.orsCutoffChild, formatNumber(cutoffs.orsChild, in: language)),
            (strings.srsCutoff, formatNumber(cutoffs.srsAlliance, in: language)),
        ])
    }

    private func orsTable(_ sorted: [FITSession], _ summaries: [Summary], _ strings: RiskToolsStrings, _ language: Language) -> Table {
        let columns: [Table.Column] =
            [.init(title: strings.date, key: "date")] + ORSItem.allCases.map { .init(title: $0.label(in: language), key: $0.columnKey) }
            + [.init(title: strings.total, key: "ors_total"), .init(title: strings.change, key: "ors_change"), .init(title: strings.belowCutoff, key: "ors_below_cutoff")]
        let rows = zip(sorted, summaries).map { session, summary -> [InlineText] in
            let cells = totalCells(summary.orsTotal, isBelow: isClinical, flag: strings.orsBelowCutoffFlag, cutoff: orsCutoff, language)
            return [InlineText(session.date.formatted(in: language))]
                + ORSItem.allCases.map { item in InlineText(session.ors.map { formatNumber($0[item].value, in: language) } ?? "") }
                + [cells.total, InlineText(summary.orsChange.map { formatChange($0, in: language) } ?? ""), cells.flag]
        }
        return Table(name: "fit-ors", columns: columns, rows: rows, firstColumnIsRowHeader: true)
    }

    private func srsTable(_ sorted: [FITSession], _ summaries: [Summary], _ strings: RiskToolsStrings, _ language: Language) -> Table {
        let columns: [Table.Column] =
            [.init(title: strings.date, key: "date")] + SRSItem.allCases.map { .init(title: $0.label(in: language), key: $0.columnKey) }
            + [.init(title: strings.total, key: "srs_total"), .init(title: strings.change, key: "srs_change"), .init(title: strings.belowCutoff, key: "srs_below_cutoff")]
        let rows = zip(sorted, summaries).map { session, summary -> [InlineText] in
            let cells = totalCells(
                summary.srsTotal, isBelow: isAllianceStrained, flag: strings.srsBelowCutoffFlag, cutoff: effectiveCutoffs.srsAlliance, language)
            return [InlineText(session.date.formatted(in: language))]
                + SRSItem.allCases.map { item in InlineText(session.srs.map { formatNumber($0[item].value, in: language) } ?? "") }
                + [cells.total, InlineText(summary.srsChange.map { formatChange($0, in: language) } ?? ""), cells.flag]
        }
        return Table(name: "fit-srs", columns: columns, rows: rows, firstColumnIsRowHeader: true)
    }

    private func orsChart(_ summaries: [Summary], _ strings: RiskToolsStrings, _ language: Language) -> Chart {
        let cutoffLabel = effectivePopulation == .adult ? strings.orsCutoffAdult : strings.orsCutoffChild
        return Chart(
            name: "fit-ors-chart", kind: .line, title: strings.orsTitle, summary: strings.orsChartSummary,
            categoryTitle: strings.date, valueTitle: strings.total,
            points: summaries.compactMap { summary in summary.orsTotal.map { .init(label: summary.date.formatted(in: language), value: $0) } },
            referenceLines: [.init(label: cutoffLabel, value: orsCutoff)],
            language: language)
    }

    private func srsChart(_ summaries: [Summary], _ strings: RiskToolsStrings, _ language: Language) -> Chart {
        Chart(
            name: "fit-srs-chart", kind: .line, title: strings.srsTitle, summary: strings.srsChartSummary,
            categoryTitle: strings.date, valueTitle: strings.total,
            points: summaries.compactMap { summary in summary.srsTotal.map { .init(label: summary.date.formatted(in: language), value: $0) } },
            referenceLines: [.init(label: strings.srsCutoff, value: effectiveCutoffs.srsAlliance)],
            language: language)
    }
}
