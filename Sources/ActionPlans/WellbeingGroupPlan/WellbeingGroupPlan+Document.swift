public import DocumentTree
import ForebygCore

extension WellbeingGroupPlan {
    /// The plan as a document in seed 001's three steps: the members (table `wellbeing-members`),
    /// the three questions of step 2 as answered fields, the activity plan (table
    /// `wellbeing-activities`, columns `activity`, `description`, `status` and `deadline_and_responsible`,
    /// the seed's one column "Deadline og Ansvarlig"), the status meetings as a list, the
    /// activities overdue as of ``asOf`` and the full status history (table `status-history`).
    public func document(in language: Language) -> Document {
        let strings = ActionPlansStrings.for(language)
        var blocks: [Block] = [
            .descriptionList([
                (strings.workplace, workplace ?? ""),
                (strings.start, start?.formatted(in: language) ?? ""),
                (strings.asOf, asOf?.formatted(in: language) ?? ""),
            ]),
            .heading(strings.stepOneHeading), .table(membersTable(strings)),
            .heading(strings.stepTwoHeading),
            .field(Self.purposeQuestion, entries: purpose, writingLines: 5),
            .field(Self.goalsQuestion, entries: goals, writingLines: 5),
            .field(Self.successQuestion, entries: successCriteria, writingLines: 5),
            .heading(strings.stepThreeHeading), .table(activitiesTable(strings, language)),
        ]
        if !statusMeetings.isEmpty {
            blocks += [
                .heading(strings.statusMeetingsHeading, level: 3),
                .bullets(statusMeetings.map { "\($0.activity) \($0.description)" }),
            ]
        }
        blocks += overdueBlocks(asOf: asOf, strings, language)
        blocks += [.heading(strings.statusHistoryHeading), .table(historyTable(strings, language))]
        return Document(
            metadata: DocumentMetadata(
                title: title ?? strings.wellbeingPlanTitle, subject: workplace, date: asOf?.formatted(in: language),
                language: language, slug: "wellbeing-group-plan"),
            blocks: blocks)
    }

    private func membersTable(_ strings: ActionPlansStrings) -> Table {
        Table(
            name: "wellbeing-members",
            columns: [
                .init(title: strings.memberName, key: "name"), .init(title: strings.memberTitle, key: "title"),
                .init(title: strings.roleAndResponsibility, key: "role_and_responsibility"),
            ],
            rows: members.map { member in
                [InlineText(member.name ?? ""), InlineText(member.title ?? ""), InlineText(member.roleAndResponsibility ?? "")]
            })
    }

    private func activitiesTable(_ strings: ActionPlansStrings, _ language: Language) -> Table {
        Table(
            name: "wellbeing-activities",
            columns: zip([strings.activity, strings.activityDescription, strings.status, strings.deadlineAndResponsible], Self.activityColumnKeys)
                .map { .init(title: $0, key: $1) },
            rows: activities.map { activity in
                [
                    InlineText(activity.activity),
                    InlineText([activity.targetGroup, activity.description].compactMap { $0 }.joined(separator: "\n")),
                    InlineText(activity.statusHistory.map { $0.datedText(in: language) }.joined(separator: "\n")),
                    InlineText(deadlineAndResponsible(of: activity, strings, language)),
                ]
            },
            firstColumnIsRowHeader: true)
    }

    /// The seed's one cell "Deadline og Ansvarlig": the deadline on the first line, who is responsible on the next.
    private func deadlineAndResponsible(of activity: Activity, _ strings: ActionPlansStrings, _ language: Language) -> String {
        let deadline = activity.deadline.map { "\(strings.deadlineWord) \($0.formatted(in: language))" } ?? activity.deadlineNote
        let responsible = activity.responsibilities ?? (activity.responsible.isEmpty ? nil : activity.responsible.joined(separator: ", "))
        return [deadline, responsible].compactMap { $0 }.joined(separator: "\n")
    }

    private func historyTable(_ strings: ActionPlansStrings, _ language: Language) -> Table {
        StatusEntry.historyTable(
            subject: .init(title: strings.activity, key: "activity"),
            of: activities.map { ($0.activity, $0.statusHistory) }, strings, language)
    }
}
