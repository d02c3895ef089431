public import ForebygCore

extension CourseConfiguration: VersionedDocument {
    /// `course-configuration`.
    public static let documentType = "course-configuration"
    /// Version 1.
    public static let formatVersion = 1

    enum CodingKeys: String, CodingKey {
        case workplace, startDate, people, topManager, implementationGroup, workingGroups, storyMeetingCount,
            intervalDays
    }

    /// Decodes a configuration; `storyMeetingCount` and `intervalDays` default to 6 and 14 when absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        workplace = try container.decodeIfPresent(String.self, forKey: .workplace)
        startDate = try container.decode(CalendarDate.self, forKey: .startDate)
        people = try container.decode([Person].self, forKey: .people)
        topManager = try container.decode(PseudonymousReference.self, forKey: .topManager)
        implementationGroup = try container.decode([ImplementationGroupMember].self, forKey: .implementationGroup)
        workingGroups = try container.decode([WorkingGroup].self, forKey: .workingGroups)
        storyMeetingCount = try container.decode(.storyMeetingCount, default: Self.defaultStoryMeetingCount)
        intervalDays = try container.decode(.intervalDays, default: Self.defaultIntervalDays)
    }
}
