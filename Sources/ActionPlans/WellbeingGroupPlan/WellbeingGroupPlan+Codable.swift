import ForebygCore

extension WellbeingGroupPlan {
    enum CodingKeys: String, CodingKey {
        case title, workplace, start, asOf, members, purpose, goals, successCriteria, activities
    }

    /// Decodes a plan; only `members` is required.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        workplace = try container.decodeIfPresent(String.self, forKey: .workplace)
        start = try container.decodeIfPresent(CalendarDate.self, forKey: .start)
        asOf = try container.decodeIfPresent(CalendarDate.self, forKey: .asOf)
        members = try container.decode([Member].self, forKey: .members)
        purpose = try container.list(.purpose)
        goals = try container.list(.goals)
        successCriteria = try container.list(.successCriteria)
        activities = try container.list(.activities)
    }
}

extension WellbeingGroupPlan.Activity: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, kind, activity, description, targetGroup, timing, statusHistory, deadline, deadlineNote, responsible,
            responsibilities
    }

    /// Decodes an activity; `kind` defaults to `activity`, lists to empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(MeasureID.self, forKey: .id)
        kind = try container.decode(.kind, default: .activity)
        activity = try container.decode(String.self, forKey: .activity)
        description = try container.decode(String.self, forKey: .description)
        targetGroup = try container.decodeIfPresent(String.self, forKey: .targetGroup)
        timing = try container.list(.timing)
        statusHistory = try container.list(.statusHistory)
        deadline = try container.decodeIfPresent(CalendarDate.self, forKey: .deadline)
        deadlineNote = try container.decodeIfPresent(String.self, forKey: .deadlineNote)
        responsible = try container.list(.responsible)
        responsibilities = try container.decodeIfPresent(String.self, forKey: .responsibilities)
    }

    /// Encodes the activity; empty lists and absent values are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(activity, forKey: .activity)
        try container.encode(description, forKey: .description)
        try container.encodeIfPresent(targetGroup, forKey: .targetGroup)
        try container.encodeUnlessEmpty(timing, forKey: .timing)
        try container.encodeUnlessEmpty(statusHistory, forKey: .statusHistory)
        try container.encodeIfPresent(deadline, forKey: .deadline)
        try container.encodeIfPresent(deadlineNote, forKey: .deadlineNote)
        try container.encodeUnlessEmpty(responsible, forKey: .responsible)
        try container.encodeIfPresent(responsibilities, forKey: .responsibilities)
    }
}
