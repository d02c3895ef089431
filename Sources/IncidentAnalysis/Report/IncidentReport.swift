import DocumentTree
import ForebygCore

/// Lays out an analysis as the report's blocks, section by section.
struct IncidentReport {
    /// The figures.
    let analysis: IncidentAnalysisResult
    /// How to write them.
    let format: ReportFormat

    private var strings: IncidentAnalysisStrings { format.strings }

    /// Every section, in reading order.
    var blocks: [Block] {
        questions + overview + flagSection + categories + trend + timing + places + people + forms + affected + followUp
            + repeatSection + working
    }

    /// Seed 002's text on registration and its questions for an analysis across registrations, verbatim.
    private var questions: [Block] {
        [
            .heading(strings.registrationHeading),
        ] + IncidentGuidance.registration.map { .paragraph($0) } + [
            .callout(Callout(kind: .fact, title: IncidentGuidance.activeUseTitle, blocks: [.paragraph(IncidentGuidance.activeUse)])),
            .heading(strings.questionsHeading),
            .paragraph(IncidentGuidance.questionsIntroduction),
            .bullets(IncidentGuidance.questions),
            .paragraph(IncidentGuidance.purpose),
        ]
    }

    /// Seed 002's four steps for working with the analysis, verbatim, then the Ringe case and the source.
    private var working: [Block] {
        let steps = IncidentGuidance.steps.map { InlineText([.strong($0.title), .text(" " + $0.text)]) }
        return [.heading(strings.workingHeading), .list(ListBlock(style: .numbered(start: 1), paragraphs: steps))]
            + IncidentGuidance.afterSteps.map { .paragraph($0) }
            + [IncidentGuidance.ringeCase.block(in: format.language), SeedSource.learningBooklet.line(in: format.language)]
    }

    private var overview: [Block] {
        let rows: [(String, String)] = [
            (strings.registrations, String(analysis.total)),
            (strings.previousTotal, String(analysis.categoryChanges.last?.previousCount ?? 0)),
            (strings.nearMisses, String(analysis.nearMisses)),
            (strings.nearMissShare, analysis.nearMissShare.map(format.percent(share:)) ?? strings.notComputable),
            (strings.useOfForce, String(analysis.useOfForce)),
            (strings.withoutCitizen, String(analysis.withoutCitizen)),
            (strings.affectedMean, analysis.affectedMean.map(format.decimal) ?? strings.notComputable),
            (strings.affectedMedian, analysis.affectedMedian.map(format.decimal) ?? strings.notComputable),
        ]
        return [
            .heading(strings.overviewHeading),
            .table(Table(
                name: "summary", caption: InlineText(strings.summaryCaption),
                columns: [.init(title: strings.measure, key: "measure"), .init(title: strings.value, key: "value")],
                rows: rows.map { [InlineText($0.0), InlineText($0.1)] }, firstColumnIsRowHeader: true)),
        ]
    }

    private var flagSection: [Block] {
        let flags = analysis.flags
        return [.heading(strings.flagsHeading)]
            + (flags.isEmpty ? [.paragraph(strings.noFlags)] : flags.map { .callout(callout(for: $0)) })
    }

    private func callout(for flag: IncidentFlag) -> Callout {
        switch flag {
        case .lowNearMissShare(let share, let threshold):
            return Callout(kind: .note, title: strings.lowNearMissTitle, blocks: [
                .paragraph(strings.lowNearMissText(format.percent(share: share), format.percent(share: threshold))),
                IncidentGuidance.quotation(IncidentGuidance.highEscalations),
            ])
        case .lateFollowUps(let count, let days):
            return Callout(kind: .note, title: strings.lateFollowUpTitle, blocks: [
                .paragraph(strings.lateFollowUpText(count, days)),
                IncidentGuidance.quotation(IncidentGuidance.followUpStructure),
            ])
        case .repeated(let finding):
            let subject = format.subject(finding.subject)
            return Callout(kind: .note, title: strings.repeatTitle(subject.kind, subject.name), blocks: [
                .paragraph(strings.repeatText(
                    finding.count, format.date(finding.firstDate), format.date(finding.lastDate),
                    analysis.parameters.repeatWindowDays)),
            ])
        }
    }

    private var categories: [Block] {
        let changes = analysis.categoryChanges
        let rows = changes.map { change in
            [change.category.map(format.category) ?? strings.total, String(change.count), String(change.previousCount),
             (change.difference > 0 ? "+" : "") + String(change.difference), format.percentChange(change.percentChange)]
                .map { InlineText($0) }
        }
        return [
            .heading(strings.categoriesHeading),
            barChart("by-category", strings.byCategoryTitle, strings.category,
                     changes.compactMap { change in change.category.map { (format.category($0), change.count) } }),
            .table(Table(
                name: "category-change", caption: InlineText(strings.categoryChangeCaption),
                columns: [
                    .init(title: strings.category, key: "category"), .init(title: strings.count, key: "count"),
                    .init(title: strings.previousCount, key: "previous_count"),
                    .init(title: strings.difference, key: "difference"),
                    .init(title: strings.percentChange, key: "percent_change"),
                ],
                rows: rows, firstColumnIsRowHeader: true)),
        ]
    }

    private var trend: [Block] {
        [
            .heading(strings.trendHeading),
            lineChart("by-month", strings.byMonthTitle, strings.month, analysis.byMonth.map { (format.month($0.key), $0.count) }),
            lineChart("by-week", strings.byWeekTitle, strings.week, analysis.byWeek.map { (format.week($0.key), $0.count) }),
        ]
    }

    private var timing: [Block] {
        [
            .heading(strings.timeHeading),
            barChart("by-hour", strings.byHourTitle, strings.hour, analysis.byHour.map { (format.hour($0.key), $0.count) }),
            barChart("by-shift", strings.byShiftTitle, strings.shift,
                     analysis.byShift.map { (format.shift($0.key, in: analysis.shiftSchedule), $0.count) }),
            barChart("by-weekday", strings.byWeekdayTitle, strings.weekday,
                     analysis.byWeekday.map { ($0.key.label(in: format.language), $0.count) }),
        ]
    }

    private var places: [Block] {
        [
            .heading(strings.locationsHeading),
            barChart("by-location", strings.byLocationTitle, strings.location, analysis.byLocation.map { ($0.key, $0.count) }),
        ]
    }

    private var people: [Block] {
        [
            .heading(strings.peopleHeading),
            .callout(Callout(kind: .fact, title: IncidentGuidance.opennessTitle, blocks: [.paragraph(IncidentGuidance.openness)])),
            countTable("by-citizen", strings.byCitizenCaption, (strings.citizen, "citizen"),
                       analysis.byCitizen.map { ($0.key.rawValue, $0.count) }
                           + (analysis.withoutCitizen > 0 ? [(strings.withoutCitizen, analysis.withoutCitizen)] : [])),
            countTable("by-professional-group", strings.byGroupCaption, (strings.professionalGroup, "professional_group"),
                       analysis.byProfessionalGroup.map { ($0.key, $0.count) }),
        ]
    }

    private var forms: [Block] {
        [
            .heading(strings.formsHeading),
            countTable("by-form", strings.byFormCaption, (strings.form, "form"), analysis.byForm.map { (format.form($0.key), $0.count) }),
            countTable("by-consequence", strings.byConsequenceCaption, (strings.consequence, "consequence"),
                       analysis.byConsequence.map { (format.consequence($0.key), $0.count) }),
        ]
    }

    private var affected: [Block] {
        let summary = analysis.affectedMean.map { mean in
            strings.affectedSummary(format.decimal(mean), format.decimal(analysis.affectedMedian ?? 0))
        } ?? strings.noRegistrations
        return [
            .heading(strings.affectedHeading),
            .chart(Chart(
                name: "affected-level", kind: .bar, title: strings.affectedLevelTitle, summary: summary,
                categoryTitle: strings.affectedLevel, valueTitle: strings.registrations,
                points: analysis.affectedLevels.map { .init(label: String($0.key), value: Double($0.count)) },
                language: format.language)),
        ]
    }

    private var followUp: [Block] {
        let summary = analysis.followUp
        let late = summary.late.map { item in
            [item.incident.rawValue, item.time.formatted(in: format.language), format.date(item.dueDate),
             item.heldOn.map(format.date) ?? strings.notHeld].map { InlineText($0) }
        }
        return [
            .heading(strings.followUpHeading),
            countTable("follow-up", strings.followUpCaption, (strings.status, "status"),
                       [(strings.onTime, summary.onTime), (strings.pending, summary.pending), (strings.late, summary.late.count)]),
            late.isEmpty ? .paragraph(strings.noLateFollowUps) : .table(Table(
                name: "late-follow-ups", caption: InlineText(strings.lateCaption),
                columns: [
                    .init(title: strings.incident, key: "incident"), .init(title: strings.time, key: "time"),
                    .init(title: strings.dueDate, key: "due_date"), .init(title: strings.heldOn, key: "held_on"),
                ],
                rows: late, firstColumnIsRowHeader: true)),
        ]
    }

    private var repeatSection: [Block] {
        let rows = analysis.repeats.map { finding in
            let subject = format.subject(finding.subject)
            return [subject.kind, subject.name, String(finding.count), format.date(finding.firstDate), format.date(finding.lastDate)]
                .map { InlineText($0) }
        }
        return [
            .heading(strings.repeatsHeading),
            IncidentGuidance.quotation(IncidentGuidance.patterns),
            rows.isEmpty ? .paragraph(strings.noRepeats) : .table(Table(
                name: "repeats", caption: InlineText(strings.repeatsCaption),
                columns: [
                    .init(title: strings.subjectKind, key: "subject_kind"), .init(title: strings.subject, key: "subject"),
                    .init(title: strings.count, key: "count"), .init(title: strings.firstDate, key: "first_date"),
                    .init(title: strings.lastDate, key: "last_date"),
                ],
                rows: rows)),
        ]
    }
}
