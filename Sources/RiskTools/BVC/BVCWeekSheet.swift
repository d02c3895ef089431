public import DocumentTree
public import ForebygCore

/// A printable BVC scoring sheet for one week: seven days × three shifts, the six items per shift.
///
/// Blank (no assessments: every cell empty, for pen and paper) or filled from a series.
public struct BVCWeekSheet: Hashable, Sendable {
    /// The citizen, by pseudonym; `nil` leaves the field blank.
    public var citizen: PseudonymousReference?
    /// The first day of the week.
    public var weekStart: CalendarDate
    /// The settings (shift hours, bands).
    public var configuration: BVCConfiguration
    /// The week's assessments; empty for a blank sheet.
    public var assessments: [BVCAssessment]

    /// Creates a sheet.
    public init(citizen: PseudonymousReference?, weekStart: CalendarDate, configuration: BVCConfiguration = .standard, assessments: [BVCAssessment] = []) {
        self.citizen = citizen
        self.weekStart = weekStart
        self.configuration = configuration
        self.assessments = assessments
    }

    /// The sheet as a document: a header, the scoring rule, and a table of 21 rows (day and shift)
    /// with the six items, the score and the assessor; then the bands and items for reference.
    public func document(in language: Language) -> Document {
        let strings = RiskToolsStrings.for(language)
        let end = weekStart.adding(days: 6)
        let blocks: [Block] = [
            .descriptionList([
                (strings.citizen, citizen?.rawValue ?? ""),
                (strings.period, "\(weekStart.formatted(in: language))–\(end.formatted(in: language))"),
            ]),
            .paragraph(strings.weekSheetInstruction),
            .table(table(strings, language)),
            BVCSeries.notice(strings),
        ] + BVCSeries.referenceBlocks(configuration, language)
        return SeedSource.learningBooklet.document(
            metadata: DocumentMetadata(
                title: strings.weekSheetTitle,
                subject: strings.weekSheetSubject(weekStart.isoWeek, weekStart.formatted(in: language), end.formatted(in: language)),
                date: weekStart.formatted(in: language), language: language,
                slug: "bvc-sheet-\(weekStart.isoString)"),
            blocks: blocks)
    }

    private func table(_ strings: RiskToolsStrings, _ language: Language) -> Table {
        let columns: [Table.Column] =
            [.init(title: strings.date, key: "date"), .init(title: strings.shift, key: "shift")]
            + BVCItem.allCases.map { .init(title: $0.label(in: language), key: $0.columnKey, headingOrientation: .vertical) }
            + [.init(title: strings.score, key: "score", headingOrientation: .vertical), .init(title: strings.assessor, key: "assessor")]
        let bySlot = Dictionary(assessments.map { (ScheduledScoring(date: $0.shiftDate(in: configuration), shift: $0.shift), $0) }) { first, _ in first }
        let rows: [[InlineText]] = (0..<7).flatMap { offset in
            BVCShift.allCases.map { shift in
                let date = weekStart.adding(days: offset)
                let dayText = "\(date.weekday.label(in: language)) \(date.formatted(in: language))"
                let shiftText = "\(shift.label(in: language)) \(configuration.shiftHours.hoursText(of: shift))"
                guard let assessment = bySlot[ScheduledScoring(date: date, shift: shift)] else {
                    return [InlineText(dayText), InlineText(shiftText)]
                }
                return [InlineText(dayText), InlineText(shiftText)]
                    + BVCItem.allCases.map { InlineText(assessment.answers[$0] ? "1" : "0") }
                    + [InlineText(String(assessment.score)), InlineText(assessment.assessor.rawValue)]
            }
        }
        return Table(name: "bvc-week-sheet", columns: columns, rows: rows, firstColumnIsRowHeader: true)
    }
}

extension BVCSeries {
    /// The filled scoring sheet of the week starting on a day.
    public func weekSheet(startingOn weekStart: CalendarDate) -> BVCWeekSheet {
        let end = weekStart.adding(days: 6)
        let week = assessments.filter { (weekStart...end).contains($0.shiftDate(in: settings)) }
        return BVCWeekSheet(citizen: citizen, weekStart: weekStart, configuration: settings, assessments: week)
    }
}
