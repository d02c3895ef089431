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
        let header: [Block] = [
            .descriptionList([
                (strings.citizen, citizen.rawValue),
                (strings.population, effectivePopulation.label(in: language)),
            ]),
            .callout(Callout(kind: .note, title: strings.noteTitle, blocks: [.paragraph(strings.fitLicence)])),
            .heading(strings.cutoffsHeading), cutoffList(strings, language),
        ]
        let blocks =
            header + scaleBlocks(orsScale(strings), sorted, summaryByDate, strings, language)
            + scaleBlocks(srsScale(strings), sorted, summaryByDate, strings, language)
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

    /// What the ORS and SRS parts of the series document differ in.
    private struct Scale<Form: FITForm> {
        /// "ors" or "srs": starts the names of the table and chart and the keys of the total columns.
        let key: String
        let title: String
        let chartSummary: String
        let ratings: KeyPath<FITSession, Form?>
        let total: KeyPath<Summary, Double?>
        let change: KeyPath<Summary, Double?>
        let isBelow: (Double) -> Bool
        let flag: (String) -> String
        let cutoff: Double
        let cutoffLabel: String
    }

    private func orsScale(_ strings: RiskToolsStrings) -> Scale<ORSRatings> {
        Scale(
            key: "ors", title: strings.orsTitle, chartSummary: strings.orsChartSummary,
            ratings: \.ors, total: \.orsTotal, change: \.orsChange,
            isBelow: isClinical, flag: strings.orsBelowCutoffFlag, cutoff: orsCutoff,
            cutoffLabel: effectivePopulation == .adult ? strings.orsCutoffAdult : strings.orsCutoffChild)
    }

    private func srsScale(_ strings: RiskToolsStrings) -> Scale<SRSRatings> {
        Scale(
            key: "srs", title: strings.srsTitle, chartSummary: strings.srsChartSummary,
            ratings: \.srs, total: \.srsTotal, change: \.srsChange,
            isBelow: isAllianceStrained, flag: strings.srsBelowCutoffFlag, cutoff: effectiveCutoffs.srsAlliance,
            cutoffLabel: strings.srsCutoff)
    }

    /// A scale's heading, table and chart.
    private func scaleBlocks<Form>(_ scale: Scale<Form>, _ sorted: [FITSession], _ summaries: [Summary], _ strings: RiskToolsStrings, _ language: Language) -> [Block] {
        [.heading(scale.title), .table(table(scale, sorted, summaries, strings, language)), .chart(chart(scale, summaries, strings, language))]
    }

    private func table<Form>(_ scale: Scale<Form>, _ sorted: [FITSession], _ summaries: [Summary], _ strings: RiskToolsStrings, _ language: Language) -> Table {
        let columns: [Table.Column] =
            [.init(title: strings.date, key: "date")] + Form.Item.allCases.map { .init(title: $0.label(in: language), key: $0.columnKey) }
            + [.init(title: strings.total, key: "\(scale.key)_total"), .init(title: strings.change, key: "\(scale.key)_change"), .init(title: strings.belowCutoff, key: "\(scale.key)_below_cutoff")]
        let rows = zip(sorted, summaries).map { session, summary -> [InlineText] in
            let cells = totalCells(summary[keyPath: scale.total], isBelow: scale.isBelow, flag: scale.flag, cutoff: scale.cutoff, language)
            let ratings = session[keyPath: scale.ratings]
            return [InlineText(session.date.formatted(in: language))]
                + Form.Item.allCases.map { item in InlineText(ratings.map { formatNumber($0[item].value, in: language) } ?? "") }
                + [cells.total, InlineText(summary[keyPath: scale.change].map { formatChange($0, in: language) } ?? ""), cells.flag]
        }
        return Table(name: "fit-\(scale.key)", columns: columns, rows: rows, firstColumnIsRowHeader: true)
    }

    private func chart<Form>(_ scale: Scale<Form>, _ summaries: [Summary], _ strings: RiskToolsStrings, _ language: Language) -> Chart {
        Chart(
            name: "fit-\(scale.key)-chart", kind: .line, title: scale.title, summary: scale.chartSummary,
            categoryTitle: strings.date, valueTitle: strings.total,
            points: summaries.compactMap { summary in summary[keyPath: scale.total].map { .init(label: summary.date.formatted(in: language), value: $0) } },
            referenceLines: [.init(label: scale.cutoffLabel, value: scale.cutoff)],
            language: language)
    }
}
