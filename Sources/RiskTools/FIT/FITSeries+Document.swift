public import DocumentTree
public import ForebygCore

extension FITSeries {
    /// The series summary: header, cutoffs, ORS and SRS tables with totals and changes, and a line
    /// chart of each total with its cutoff as a reference line.
    public func document(in language: Language) -> Document {
        let strings = RiskToolsStrings.for(language)
        let sorted = sessions.sorted { $0.date < $1.date }
        let summaryByDate = summaries
        let blocks: [Block] = [
            .descriptionList(DescriptionList(items: [
                .init(label: strings.citizen, value: InlineText(citizen.rawValue)),
                .init(label: strings.population, value: InlineText(strings.populationLabels[FITPopulation.allCases.firstIndex(of: effectivePopulation)!])),
            ])),
            .callout(Callout(kind: .note, title: strings.noteTitle, blocks: [.text(strings.fitLicence)])),
            .heading(strings.cutoffsHeading), cutoffList(strings, language),
            .heading(strings.orsTitle), .table(orsTable(sorted, summaryByDate, strings, language)), .chart(orsChart(summaryByDate, strings, language)),
            .heading(strings.srsTitle), .table(srsTable(sorted, summaryByDate, strings, language)), .chart(srsChart(summaryByDate, strings, language)),
        ]
        return Document(
            metadata: DocumentMetadata(
                title: strings.fitTitle, subject: "\(strings.citizen): \(citizen)", date: sorted.last?.date.formatted(in: language),
                languageTag: language.tag, slug: "fit-\(citizen)"),
            blocks: blocks)
    }

    /// Blank, printable ORS and SRS sheets: a header and a line (0–10) per item.
    public static func blankSheets(in language: Language) -> Document {
        let strings = RiskToolsStrings.for(language)
        let header = Block.descriptionList(DescriptionList(items: [strings.citizen, strings.staffMember, strings.date].map { .init(label: $0, value: "") }))
        let orsFields = ORSItem.allCases.map { Block.field(Field(label: InlineText("\($0.label(in: language)) \($0.description(in: language))"), answer: nil, writingLines: 1)) }
        let srsFields = SRSItem.allCases.map { Block.field(Field(label: InlineText($0.label(in: language)), answer: nil, writingLines: 1)) }
        return Document(
            metadata: DocumentMetadata(title: strings.fitTitle, languageTag: language.tag, slug: "fit-blank"),
            blocks: [.heading(strings.orsTitle), header, .text(strings.orsBeforeSession), .text(strings.fitLineInstruction)] + orsFields
                + [.pageBreak, .heading(strings.srsTitle), header, .text(strings.srsAfterSession), .text(strings.fitLineInstruction)] + srsFields
                + [.callout(Callout(kind: .note, title: strings.noteTitle, blocks: [.text(strings.fitLicence)]))])
    }

    private func cutoffList(_ strings: RiskToolsStrings, _ language: Language) -> Block {
        let cutoffs = effectiveCutoffs
        return .descriptionList(DescriptionList(items: [
            .init(label: strings.orsCutoffAdult, value: InlineText(formatNumber(cutoffs.orsAdult, in: language))),
            .init(label: strings.orsCutoffChild, value: InlineText(formatNumber(cutoffs.orsChild, in: language))),
            .init(label: strings.srsCutoff, value: InlineText(formatNumber(cutoffs.srsAlliance, in: language))),
        ]))
    }

    private func orsTable(_ sorted: [FITSession], _ summaries: [Summary], _ strings: RiskToolsStrings, _ language: Language) -> Table {
        let columns: [Table.Column] =
            [.init(title: strings.date, key: "date")] + ORSItem.allCases.map { .init(title: $0.label(in: language), key: $0.columnKey) }
            + [.init(title: strings.total, key: "ors_total"), .init(title: strings.change, key: "ors_change")]
        let rows = zip(sorted, summaries).map { session, summary -> [InlineText] in
            [InlineText(session.date.formatted(in: language))]
                + ORSItem.allCases.map { item in InlineText(session.ors.map { formatNumber($0[item].value, in: language) } ?? "") }
                + [InlineText(summary.orsTotal.map { formatNumber($0, in: language) } ?? ""), InlineText(summary.orsChange.map { formatChange($0, in: language) } ?? "")]
        }
        return Table(name: "fit-ors", columns: columns, rows: rows, firstColumnIsRowHeader: true)
    }

    private func srsTable(_ sorted: [FITSession], _ summaries: [Summary], _ strings: RiskToolsStrings, _ language: Language) -> Table {
        let columns: [Table.Column] =
            [.init(title: strings.date, key: "date")] + SRSItem.allCases.map { .init(title: $0.label(in: language), key: $0.columnKey) }
            + [.init(title: strings.total, key: "srs_total"), .init(title: strings.change, key: "srs_change")]
        let rows = zip(sorted, summaries).map { session, summary -> [InlineText] in
            [InlineText(session.date.formatted(in: language))]
                + SRSItem.allCases.map { item in InlineText(session.srs.map { formatNumber($0[item].value, in: language) } ?? "") }
                + [InlineText(summary.srsTotal.map { formatNumber($0, in: language) } ?? ""), InlineText(summary.srsChange.map { formatChange($0, in: language) } ?? "")]
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
            decimalSeparator: language.decimalSeparator)
    }

    private func srsChart(_ summaries: [Summary], _ strings: RiskToolsStrings, _ language: Language) -> Chart {
        Chart(
            name: "fit-srs-chart", kind: .line, title: strings.srsTitle, summary: strings.srsChartSummary,
            categoryTitle: strings.date, valueTitle: strings.total,
            points: summaries.compactMap { summary in summary.srsTotal.map { .init(label: summary.date.formatted(in: language), value: $0) } },
            referenceLines: [.init(label: strings.srsCutoff, value: effectiveCutoffs.srsAlliance)],
            decimalSeparator: language.decimalSeparator)
    }
}
