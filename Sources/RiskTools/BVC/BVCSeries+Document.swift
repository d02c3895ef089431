public import DocumentTree
import ForebygCore

extension BVCSeries {
    /// The series summary: header, the instrument's limits, scorings, missed scorings, daily maxima
    /// with a chart, trend, pattern by shift, time since the last non-zero score, bands and items.
    public func document(in language: Language) -> Document {
        let strings = RiskToolsStrings.for(language)
        let blocks: [Block] =
            [header(strings, language), BVCSeries.notice(strings)]
            + scoringBlocks(strings, language) + missedBlocks(strings, language) + dailyBlocks(strings, language)
            + trendBlocks(strings, language) + shiftBlocks(strings, language) + lastNonZeroBlocks(strings, language)
            + BVCSeries.referenceBlocks(settings, language)
        return SeedSource.learningBooklet.document(
            title: strings.bvcTitle, subject: "\(strings.bvcSeriesSubject): \(citizen)", date: latestAssessment?.time.date,
            language: language, slug: "bvc-\(citizen)", blocks: blocks)
    }

    private func header(_ strings: RiskToolsStrings, _ language: Language) -> Block {
        let days = dailyMaxima.map(\.date)
        let period = days.first.map { "\($0.formatted(in: language))–\(days.last!.formatted(in: language))" } ?? ""
        let scheduleText = schedule.map {
            strings.scheduleText($0.shifts.count, $0.months, $0.start.formatted(in: language), $0.end.formatted(in: language))
        } ?? strings.noSchedule
        return .descriptionList([
            (strings.citizen, citizen.rawValue),
            (strings.period, period),
            (strings.scheduleLabel, scheduleText),
            (strings.bvcActive, isActive ? strings.yes : strings.no),
        ])
    }

    static func notice(_ strings: RiskToolsStrings) -> Block {
        .callout(Callout(kind: .note, title: strings.noteTitle, blocks: [.paragraph(strings.bvcNextDayOnly), .paragraph(MestringsskemaGuide.scoreDoesNotDirect), .paragraph(strings.bvcLicence)]))
    }

    private func scoringBlocks(_ strings: RiskToolsStrings, _ language: Language) -> [Block] {
        let columns: [Table.Column] =
            [.init(title: strings.time, key: "time"), .init(title: strings.shift, key: "shift")]
            + BVCItem.allCases.map { .init(title: $0.label(in: language), key: $0.columnKey, headingOrientation: .vertical) }
            + [.init(title: strings.score, key: "score", headingOrientation: .vertical), .init(title: strings.band, key: "band"), .init(title: strings.assessor, key: "assessor")]
        let rows: [[InlineText]] = chronologicalAssessments.map { assessment in
            [InlineText(assessment.time.formatted(in: language)), InlineText(assessment.shift.label(in: language))]
                + BVCItem.allCases.map { InlineText(assessment.answers[$0] ? "1" : "0") }
                + [InlineText(String(assessment.score)), InlineText(band(of: assessment).label(in: language)), InlineText(assessment.assessor.rawValue)]
        }
        return [.heading(strings.scoringsHeading), .table(Table(name: "bvc-scorings", columns: columns, rows: rows))]
    }

    private func missedBlocks(_ strings: RiskToolsStrings, _ language: Language) -> [Block] {
        let missed = missedScorings
        guard !missed.isEmpty else { return [.heading(strings.missedHeading), .paragraph(strings.noMissed)] }
        let rows = missed.map { [InlineText($0.date.formatted(in: language)), InlineText($0.shift.label(in: language))] }
        return [
            .heading(strings.missedHeading),
            .table(Table(name: "bvc-missed", columns: [.init(title: strings.date, key: "date"), .init(title: strings.shift, key: "shift")], rows: rows)),
        ]
    }

    private func dailyBlocks(_ strings: RiskToolsStrings, _ language: Language) -> [Block] {
        let maxima = dailyMaxima
        let rows = maxima.map {
            [InlineText($0.date.formatted(in: language)), InlineText(String($0.maximum)), InlineText(settings.bands.band(for: $0.maximum).label(in: language)), InlineText(String($0.count))]
        }
        let columns: [Table.Column] = [
            .init(title: strings.date, key: "date"), .init(title: strings.maximum, key: "maximum"),
            .init(title: strings.band, key: "band"), .init(title: strings.count, key: "count"),
        ]
        let chart = Chart(
            name: "bvc-daily-maximum-chart", kind: .line, title: strings.dailyMaximumHeading, summary: strings.dailyMaximumChartSummary,
            categoryTitle: strings.date, valueTitle: strings.maximum,
            points: maxima.map { .init(label: $0.date.formatted(in: language), value: Double($0.maximum)) },
            referenceLines: [
                .init(label: BVCBand.moderate.label(in: language), value: Double(settings.bands.moderateFrom)),
                .init(label: BVCBand.veryHigh.label(in: language), value: Double(settings.bands.veryHighFrom)),
            ],
            language: language)
        return [.heading(strings.dailyMaximumHeading), .table(Table(name: "bvc-daily-maximum", columns: columns, rows: rows)), .chart(chart)]
    }

    private func trendBlocks(_ strings: RiskToolsStrings, _ language: Language) -> [Block] {
        guard let trend else { return [.heading(strings.trendHeading), .paragraph(strings.trendTooShort)] }
        let direction = trend.direction.label(in: language)
        return [.heading(strings.trendHeading), .paragraph(strings.trendText(direction, formatNumber(trend.earlierMean, in: language), formatNumber(trend.laterMean, in: language)))]
    }

    private func shiftBlocks(_ strings: RiskToolsStrings, _ language: Language) -> [Block] {
        let columns: [Table.Column] = [
            .init(title: strings.shift, key: "shift"), .init(title: strings.hours, key: "hours"), .init(title: strings.count, key: "count"),
            .init(title: strings.nonZero, key: "non_zero"), .init(title: strings.mean, key: "mean"),
        ]
        let rows = shiftPatterns.map { pattern in
            [
                InlineText(pattern.shift.label(in: language)), InlineText(settings.shiftHours.hoursText(of: pattern.shift)),
                InlineText(String(pattern.count)), InlineText(String(pattern.nonZeroCount)), InlineText(pattern.meanScore.map { formatNumber($0, in: language) } ?? ""),
            ]
        }
        return [.heading(strings.shiftPatternHeading), .table(Table(name: "bvc-shift-pattern", columns: columns, rows: rows, firstColumnIsRowHeader: true))]
    }

    private func lastNonZeroBlocks(_ strings: RiskToolsStrings, _ language: Language) -> [Block] {
        guard let last = lastNonZeroAssessment, let latest = latestAssessment,
            let minutes = minutesSinceLastNonZeroScore(asOf: latest.time)
        else { return [.heading(strings.lastNonZeroHeading), .paragraph(strings.noNonZero)] }
        return [.heading(strings.lastNonZeroHeading), .paragraph(strings.lastNonZeroText(last.time.formatted(in: language), minutes / 60, last.score))]
    }

    /// The bands with their scores and actions, and the six items with their descriptions.
    static func referenceBlocks(_ settings: BVCConfiguration, _ language: Language) -> [Block] {
        let strings = RiskToolsStrings.for(language)
        let bandRows = BVCBand.allCases.map { band -> [InlineText] in
            let scores = settings.bands.scores(in: band)
            let range = scores.count == 1 ? "\(scores.lowerBound)" : "\(scores.lowerBound)–\(scores.upperBound)"
            return [InlineText(band.label(in: language)), InlineText(range), InlineText(band.recommendedAction(in: language))]
        }
        let bandColumns: [Table.Column] = [
            .init(title: strings.band, key: "band"), .init(title: strings.scores, key: "scores"), .init(title: strings.recommendedAction, key: "recommended_action"),
        ]
        let itemRows = BVCItem.allCases.map { [InlineText("\($0.number)"), InlineText($0.label(in: language)), InlineText($0.description(in: language))] }
        let itemColumns: [Table.Column] = [
            .init(title: "#", key: "number"), .init(title: strings.item, key: "item"), .init(title: strings.description, key: "description"),
        ]
        return [
            .heading(strings.bandsHeading), .table(Table(name: "bvc-bands", columns: bandColumns, rows: bandRows, firstColumnIsRowHeader: true)),
            .heading(strings.itemsHeading), .table(Table(name: "bvc-items", columns: itemColumns, rows: itemRows)),
        ]
    }
}
