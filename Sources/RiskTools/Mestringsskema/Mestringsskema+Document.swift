public import DocumentTree
import ForebygCore

extension Mestringsskema {
    /// The filled schema: header (Borger, Medarbejder, Dato), the five levels of the current
    /// revision, the revisions, the daily log with a chart, the days in the red fields without a BVC
    /// scoring and the review as of the last recorded day, and the reflection questions.
    public func document(in language: Language) -> Document {
        let strings = RiskToolsStrings.for(language)
        let current = currentRevision
        var blocks: [Block] = [
            Self.header(citizen: citizen.rawValue, staff: current?.staff.rawValue ?? "", date: current?.date.formatted(in: language) ?? "", strings),
            .callout(Callout(kind: .note, title: strings.noteTitle, blocks: [.paragraph(strings.notForRiskAssessment)])),
            .heading(strings.levelsHeading),
            .table(Self.levelTable(current, strings, language)),
        ]
        blocks += revisionBlocks(strings, language) + logBlocks(strings, language) + couplingBlocks(strings, language)
        blocks += Self.procedureBlocks(strings) + Self.reflectionBlocks(strings)
        return SeedSource.learningBooklet.document(
            title: strings.mestringsskemaTitle, subject: "\(strings.citizen): \(citizen)", date: lastRecordedDate,
            language: language, slug: "mestringsskema-\(citizen)", blocks: blocks)
    }

    /// A blank, printable Mestringsskema: empty header and the five levels with empty cells.
    public static func blankSheet(in language: Language) -> Document {
        let strings = RiskToolsStrings.for(language)
        return SeedSource.learningBooklet.document(
            metadata: DocumentMetadata(title: strings.mestringsskemaTitle, language: language, slug: "mestringsskema-blank"),
            blocks: [header(citizen: "", staff: "", date: "", strings), .table(levelTable(nil, strings, language))]
                + MestringsskemaGuide.colours.map { .paragraph($0) } + procedureBlocks(strings) + reflectionBlocks(strings))
    }

    static func header(citizen: String, staff: String, date: String, _ strings: RiskToolsStrings) -> Block {
        .descriptionList([
            (strings.citizen, citizen),
            (strings.staffMember, staff),
            (strings.date, date),
        ])
    }

    /// The levels from 5 (green) down to 1 (red), each named by number, colour and name.
    static func levelTable(_ revision: MestringsskemaRevision?, _ strings: RiskToolsStrings, _ language: Language) -> Table {
        let columns: [Table.Column] = [
            .init(title: strings.level, key: "level"), .init(title: strings.behaviour, key: "behaviour"), .init(title: strings.state, key: "state"),
            .init(title: strings.citizenActions, key: "citizen_actions"), .init(title: strings.staffActions, key: "staff_actions"),
        ]
        let rows = CopingLevel.allCases.reversed().map { level -> [InlineText] in
            let description = revision?.description(of: level)
            return [InlineText([.strong(level.displayName(in: language))])]
                + [description?.behaviour, description?.state, description?.citizenActions, description?.staffActions].map { InlineText($0 ?? "") }
        }
        return Table(name: "mestringsskema-levels", columns: columns, rows: rows, firstColumnIsRowHeader: true)
    }

    private func revisionBlocks(_ strings: RiskToolsStrings, _ language: Language) -> [Block] {
        let rows = revisions.map { [InlineText($0.date.formatted(in: language)), InlineText($0.staff.rawValue), InlineText($0.changes ?? "")] }
        let columns: [Table.Column] = [
            .init(title: strings.date, key: "date"), .init(title: strings.staffMember, key: "staff"), .init(title: strings.changes, key: "changes"),
        ]
        return [.heading(strings.revisionsHeading), .table(Table(name: "mestringsskema-revisions", columns: columns, rows: rows))]
    }

    private func logBlocks(_ strings: RiskToolsStrings, _ language: Language) -> [Block] {
        let sorted = log.sorted { $0.date < $1.date }
        let columns: [Table.Column] = [
            .init(title: strings.date, key: "date"), .init(title: strings.level, key: "level"), .init(title: strings.colour, key: "colour"),
            .init(title: strings.levelName, key: "level_name"), .init(title: strings.note, key: "note"),
        ]
        let rows = sorted.map { entry -> [InlineText] in
            [
                InlineText(entry.date.formatted(in: language)), InlineText(String(entry.level.number)), InlineText(entry.level.colour.label(in: language)),
                InlineText(entry.level.label(in: language)), InlineText(entry.note ?? ""),
            ]
        }
        let chart = Chart(
            name: "mestringsskema-log-chart", kind: .line, title: strings.levelChartTitle, summary: strings.levelChartSummary,
            categoryTitle: strings.date, valueTitle: strings.level,
            points: sorted.map { .init(label: $0.date.formatted(in: language), value: Double($0.level.number)) },
            referenceLines: [.init(label: CopingLevel.three.displayName(in: language), value: 3)],
            language: language)
        return [.heading(strings.logHeading), .table(Table(name: "mestringsskema-log", columns: columns, rows: rows)), .chart(chart)]
    }

    private func couplingBlocks(_ strings: RiskToolsStrings, _ language: Language) -> [Block] {
        // Every log day lies on or before the last recorded day, so all of them are findings as of it.
        let rows = redDaysWithoutBVC().map { [InlineText($0.entry.date.formatted(in: language)), InlineText($0.entry.level.displayName(in: language))] }
        let columns: [Table.Column] = [.init(title: strings.date, key: "date"), .init(title: strings.level, key: "level")]
        var blocks: [Block] = [
            .heading(strings.couplingHeading),
            .paragraph(strings.redDaysWithoutBVC),
            rows.isEmpty ? .paragraph(strings.none) : .table(Table(name: "mestringsskema-red-days-without-bvc", columns: columns, rows: rows)),
        ]
        if let current = currentRevision, let due = reviewDue {
            blocks += [.heading(strings.reviewHeading), .paragraph(strings.reviewText(current.date.formatted(in: language), due.formatted(in: language)))]
            if let asOf = lastRecordedDate, due < asOf {
                blocks.append(.callout(Callout(kind: .note, title: strings.noteTitle, blocks: [.paragraph(strings.reviewOverdueText(due.days(until: asOf)))])))
            }
        }
        return blocks
    }

    static func procedureBlocks(_ strings: RiskToolsStrings) -> [Block] {
        [.heading(strings.procedureHeading), .bullets(procedure)]
    }

    static func reflectionBlocks(_ strings: RiskToolsStrings) -> [Block] {
        [
            .heading(strings.reflectionHeading),
            .paragraph(reflectionTiming),
            .paragraph(reflectionIntroduction),
            .numbered(reflectionQuestions),
            .paragraph(afterReflection),
        ]
    }
}
