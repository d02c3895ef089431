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

    /// The roles a person holds in this course, in ``CourseRole`` order.
    public func roles(of person: PseudonymousReference) -> [CourseRole] {
        CourseRole.allCases.filter { role in
            switch role {
            case .topManager: person == topManager
            case .dailyManager: person == dailyManager
            case .implementationGroup: implementationGroupMembers.contains(person)
            case .facilitator: facilitators.contains(person)
            case .scribe: workingGroups.contains { $0.scribe == person }
            case .workingGroup: workingGroupMembers.contains(person)
            case .otherEmployees, .worksCouncil: false
            }
        }
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
