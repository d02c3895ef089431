public import ForebygCore

extension CourseConfiguration {
    /// The daily manager: the first implementation-group member with that position, if any.
    public var dailyManager: PseudonymousReference? {
        implementationGroup.first { $0.positions.contains(.dailyManager) }?.person
    }

    /// The implementation group's members' ids, in order, without repeats.
    public var implementationGroupMembers: [PseudonymousReference] {
        unique(implementationGroup.map(\.person))
    }

    /// Every facilitator of every working group, in group order, without repeats.
    public var facilitators: [PseudonymousReference] {
        unique(workingGroups.flatMap(\.facilitators))
    }

    /// Every working-group member, in group order, without repeats.
    public var workingGroupMembers: [PseudonymousReference] {
        unique(workingGroups.flatMap(\.members))
    }

    /// The person with the given id, if the configuration lists them.
    public func person(_ id: PseudonymousReference) -> Person? {
        people.first { $0.id == id }
    }

    /// The people holding a role, in order of mention, without repeats; empty for the roles a
    /// configuration does not list (other employees, the works council).
    public func people(in role: CourseRole) -> [PseudonymousReference] {
        switch role {
        case .topManager: [topManager]
        case .dailyManager: dailyManager.map { [$0] } ?? []
        case .implementationGroup: implementationGroupMembers
        case .facilitator: facilitators
        case .scribe: unique(workingGroups.compactMap(\.scribe))
        case .workingGroup: workingGroupMembers
        case .otherEmployees, .worksCouncil: []
        }
    }

    /// The roles a person holds in this course, in ``CourseRole`` order.
    public func roles(of person: PseudonymousReference) -> [CourseRole] {
        CourseRole.allCases.filter { people(in: $0).contains(person) }
    }

    /// Everybody who takes part, in order of first mention: top manager, implementation group,
    /// working groups; people listed but never referenced come last.
    var participants: [PseudonymousReference] {
        unique([topManager] + implementationGroupMembers + workingGroupMembers + people.map(\.id))
    }
}

/// The elements in order of first occurrence, without repeats.
func unique<Element: Hashable>(_ elements: [Element]) -> [Element] {
    var seen: Set<Element> = []
    return elements.filter { seen.insert($0).inserted }
}
