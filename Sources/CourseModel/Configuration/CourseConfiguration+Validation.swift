public import ForebygCore

extension CourseConfiguration {
    /// The smallest working group the seed recommends, facilitator included.
    public static let recommendedGroupSize = 3...8
    /// The story-meeting intervals, in days, accepted as "about 2 weeks" without a warning.
    public static let recommendedIntervalDays = 10...18
    /// The fewest story meetings the seed recommends.
    public static let recommendedMinimumStoryMeetings = 4

    /// Checks the configuration.
    ///
    /// Errors: no working group; a working group without a facilitator or with more than two;
    /// a facilitator or scribe who is not a member of the group; a person in two working groups;
    /// the top manager inside a group; duplicate or empty person and group ids (`course.emptyID`), duplicate member ids; an unknown person id;
    /// no daily manager or more than one; story meetings outside 1–12, an interval outside 1–91 days,
    /// a start date outside the years 2000–2199.
    /// Warnings (the seed's recommendations): fewer than 4 story meetings, a working group
    /// outside 3–8 members, no AMR or no TR in the implementation group, an interval outside
    /// 10–18 days.
    public func validate() -> [Diagnostic] {
        identityDiagnostics() + referenceDiagnostics() + implementationGroupDiagnostics()
            + workingGroupDiagnostics() + scheduleDiagnostics()
    }

    private func identityDiagnostics() -> [Diagnostic] {
        let personID = { FieldPath.root.key("people").index($0).key("id") }
        let groupID = { FieldPath.root.key("workingGroups").index($0).key("id") }
        let repeatedPeople = people.indicesRepeating(\.id).map { index -> Diagnostic in
            .error(.courseDuplicatePersonID, at: personID(index), "the person id \"\(people[index].id)\" is used more than once")
        }
        let unnamedPeople = people.indices.filter { people[$0].id.rawValue.allSatisfy(\.isWhitespace) }.map { index -> Diagnostic in
            .error(.courseEmptyID, at: personID(index), "the person has no id")
        }
        let unnamedGroups = workingGroups.indices.filter { workingGroups[$0].id.rawValue.allSatisfy(\.isWhitespace) }.map { index -> Diagnostic in
            .error(.courseEmptyID, at: groupID(index), "the working group has no id")
        }
        let repeatedGroups = workingGroups.indicesRepeating(\.id).map { index -> Diagnostic in
            .error(.courseDuplicateWorkingGroupID, at: groupID(index), "the working group id \"\(workingGroups[index].id)\" is used more than once")
        }
        return repeatedPeople + unnamedPeople + unnamedGroups + repeatedGroups
    }

    private func referenceDiagnostics() -> [Diagnostic] {
        let known = Set(people.map(\.id))
        var references: [(PseudonymousReference, FieldPath)] = [(topManager, FieldPath.root.key("topManager"))]
        for (index, member) in implementationGroup.enumerated() {
            references.append((member.person, FieldPath.root.key("implementationGroup").index(index).key("person")))
        }
        for (groupIndex, group) in workingGroups.enumerated() {
            let path = FieldPath.root.key("workingGroups").index(groupIndex)
            references += group.members.enumerated().map { ($0.element, path.key("members").index($0.offset)) }
            references += group.facilitators.enumerated().map { ($0.element, path.key("facilitators").index($0.offset)) }
            if let scribe = group.scribe { references.append((scribe, path.key("scribe"))) }
        }
        return references.filter { !known.contains($0.0) }.map { id, path in
            .error(.courseUnknownPerson, at: path, "\"\(id)\" is not the id of anyone in people")
        }
    }

    private func implementationGroupDiagnostics() -> [Diagnostic] {
        let path = FieldPath.root.key("implementationGroup")
        var diagnostics = duplicates(in: implementationGroup.map(\.person), at: path, member: "person")
        let managers = implementationGroup.indices.filter { implementationGroup[$0].positions.contains(.dailyManager) }
        if managers.isEmpty {
            diagnostics.append(
                .error(.courseNoDailyManager, at: path, "no member of the implementation group is the daily manager"))
        }
        for index in managers.dropFirst() {
            diagnostics.append(
                .error(
                    .courseSeveralDailyManagers, at: path.index(index).key("positions"),
                    "the course has one daily manager; another member already holds the position"))
        }
        if let index = implementationGroup.firstIndex(where: { $0.person == topManager }) {
            diagnostics.append(
                .error(
                    .courseTopManagerInGroup, at: path.index(index).key("person"),
                    "the top manager takes part as top manager and cannot also be a member of the implementation group"))
        }
        let positions = Set(implementationGroup.flatMap(\.positions))
        if !positions.contains(.safetyRepresentative) {
            diagnostics.append(
                .warning(
                    .courseNoSafetyRepresentative, at: path,
                    "the seed recommends a safety representative (AMR) in the implementation group"))
        }
        if !positions.contains(.unionRepresentative) {
            diagnostics.append(
                .warning(
                    .courseNoUnionRepresentative, at: path,
                    "the seed recommends a union representative (TR) in the implementation group"))
        }
        return diagnostics
    }

    private func workingGroupDiagnostics() -> [Diagnostic] {
        let path = FieldPath.root.key("workingGroups")
        guard !workingGroups.isEmpty else {
            return [.error(.courseNoWorkingGroup, at: path, "the course needs at least one working group")]
        }
        var diagnostics: [Diagnostic] = []
        var groupOfPerson: [PseudonymousReference: String] = [:]
        for (index, group) in workingGroups.enumerated() {
            diagnostics += groupDiagnostics(group, at: path.index(index))
            for (memberIndex, member) in unique(group.members).enumerated() {
                if let other = groupOfPerson[member] {
                    diagnostics.append(
                        .error(
                            .coursePersonInSeveralWorkingGroups,
                            at: path.index(index).key("members").index(group.members.firstIndex(of: member) ?? memberIndex),
                            "\"\(member)\" is already a member of the working group \"\(other)\""))
                } else {
                    groupOfPerson[member] = group.id.rawValue
                }
            }
        }
        return diagnostics
    }

    private func groupDiagnostics(_ group: WorkingGroup, at path: FieldPath) -> [Diagnostic] {
        var diagnostics = duplicates(in: group.members, at: path.key("members"), member: nil)
        diagnostics += duplicates(in: group.facilitators, at: path.key("facilitators"), member: nil)
        if group.facilitators.isEmpty {
            diagnostics.append(
                .error(.courseNoFacilitator, at: path.key("facilitators"), "the working group has no facilitator (tovholder)"))
        }
        if group.facilitators.count > 2 {
            diagnostics.append(
                .error(
                    .courseTooManyFacilitators, at: path.key("facilitators"),
                    "a working group has one facilitator or two sharing the task, not \(group.facilitators.count)"))
        }
        for (index, facilitator) in group.facilitators.enumerated() where !group.members.contains(facilitator) {
            diagnostics.append(
                .error(
                    .courseFacilitatorNotMember, at: path.key("facilitators").index(index),
                    "the facilitator \"\(facilitator)\" must be a member of the working group"))
        }
        if let scribe = group.scribe, !group.members.contains(scribe) {
            diagnostics.append(
                .error(.courseScribeNotMember, at: path.key("scribe"), "the scribe \"\(scribe)\" must be a member of the working group"))
        }
        if let index = group.members.firstIndex(of: topManager) {
            diagnostics.append(
                .error(
                    .courseTopManagerInGroup, at: path.key("members").index(index),
                    "the top manager takes part as top manager and cannot also be a member of a working group"))
        }
        let size = unique(group.members).count
        if !Self.recommendedGroupSize.contains(size) {
            diagnostics.append(
                .warning(
                    .courseWorkingGroupSize, at: path.key("members"),
                    "the seed recommends 3–8 members including the facilitator; this group has \(size)"))
        }
        return diagnostics
    }

    /// Story meetings 1–12: the seed plans 6 and recommends at least 4; twelve is a school year of fortnightly meetings.
    public static let storyMeetingCountBounds = IntegerBounds(
        "storyMeetingCount", 1...12, because: "the seed plans 6 and recommends at least 4", code: .courseStoryMeetingCountOutOfBounds)
    /// Interval 1–91 days: the seed holds story meetings about 2 weeks apart; a quarter at most.
    public static let intervalDaysBounds = IntegerBounds(
        "intervalDays", 1...91, because: "the seed holds story meetings about 2 weeks apart; a quarter at most",
        code: .courseIntervalOutOfBounds)
    /// The start date's year, 2000–2199: a course planned at a workplace now.
    public static let startYearBounds = IntegerBounds("startDate's year", 2000...2199, because: "a course planned at a workplace now")

    private func scheduleDiagnostics() -> [Diagnostic] {
        var diagnostics = [
            Self.storyMeetingCountBounds.check(storyMeetingCount, at: "storyMeetingCount"),
            Self.intervalDaysBounds.check(intervalDays, at: "intervalDays"),
            Self.startYearBounds.check(startDate.year, at: "startDate"),
        ].compactMap { $0 }
        if Self.storyMeetingCountBounds.range.contains(storyMeetingCount), storyMeetingCount < Self.recommendedMinimumStoryMeetings {
            diagnostics.append(
                .warning(
                    .courseFewStoryMeetings, at: "storyMeetingCount",
                    "the seed recommends at least 4 story meetings; this course has \(storyMeetingCount)"))
        }
        if Self.intervalDaysBounds.range.contains(intervalDays), !Self.recommendedIntervalDays.contains(intervalDays) {
            diagnostics.append(
                .warning(
                    .courseUnusualInterval, at: "intervalDays",
                    "the seed holds story meetings about 2 weeks apart; \(intervalDays) days is outside 10–18"))
        }
        return diagnostics
    }

    private func duplicates(in ids: [PseudonymousReference], at path: FieldPath, member: String?) -> [Diagnostic] {
        ids.indices.filter { ids.firstIndex(of: ids[$0]) != $0 }.map { index in
            let elementPath = member.map { path.index(index).key($0) } ?? path.index(index)
            return .error(.courseDuplicateMember, at: elementPath, "\"\(ids[index])\" is listed more than once")
        }
    }
}
