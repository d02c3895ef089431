public import DocumentTree
import ForebygCore

extension CourseConfiguration {
    /// The course plan: participants, working groups, the dated schedule, the hours per person,
    /// per role, per phase and in total, and every role's duties.
    public func document(in language: Language) -> Document {
        let strings = CourseModelStrings.for(language)
        let schedule = CourseSchedule(configuration: self)
        let budget = HoursBudget(schedule: schedule)
        let plan = CoursePlanTables(configuration: self, schedule: schedule, budget: budget, strings: strings, language: language)
        let blocks: [Block] =
            [
                .heading(strings.participants), .table(plan.participantsTable()),
                .heading(strings.workingGroups), .table(plan.workingGroupsTable()),
                .heading(strings.schedule), .table(plan.scheduleTable()),
                .paragraph(strings.scheduleNote),
                .paragraph(strings.courseLengthNote(
                    startDate.formatted(in: language), schedule.finalMeetingDate.formatted(in: language),
                    startDate.days(until: schedule.finalMeetingDate) / 7)),
                .heading(strings.hoursPerPerson), .table(plan.hoursPerPerson()),
                .heading(strings.hoursPerRole), .table(plan.hoursPerRole()),
                .heading(strings.hoursPerPhase), .table(plan.hoursPerPhase()),
                .heading(strings.hoursTotal),
                .paragraph("\(strings.total): \(strings.duration(budget.totalMinutes))"),
                .callout(Callout(kind: .note, title: strings.obs, blocks: [.paragraph(strings.hoursNote)])),
                .heading(strings.rolesAndDuties),
            ] + CourseRole.allCases.flatMap { $0.blocks(in: language, holders: holders(of: $0)) }
        return SeedSource.preventionPackage.document(
            metadata: DocumentMetadata(
                title: strings.coursePlanTitle, subject: workplace, date: startDate.formatted(in: language),
                language: language, slug: "course-plan"),
            blocks: blocks)
    }

    /// The people holding a role, by label.
    private func holders(of role: CourseRole) -> [String] {
        people(in: role).map { person($0)?.label ?? $0.rawValue }
    }
}

extension CourseRole {
    /// The role's heading, holders, organisation-chart overview, introduction, duties and considerations.
    func blocks(in language: Language, holders: [String]) -> [Block] {
        let strings = CourseModelStrings.for(language)
        let description = description
        var blocks: [Block] = [.heading(label(in: language), level: 3)]
        if !holders.isEmpty {
            blocks.append(.paragraph("\(strings.participants): \(holders.joined(separator: ", "))"))
        }
        blocks += (overview + description.introduction).map { .paragraph($0) }
        if !description.duties.isEmpty {
            blocks.append(.heading(strings.duties, level: 4))
            blocks.append(.bullets(description.duties))
        }
        if !description.considerations.isEmpty {
            blocks.append(.heading(strings.considerations, level: 4))
            blocks.append(.bullets(description.considerations))
        }
        return blocks
    }
}
