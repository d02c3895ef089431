import ForebygCore

extension CitizenActionPlan: Codable {
    private enum CodingKeys: String, CodingKey {
        case title, citizen, workplace, purposeAndBackground, improvementNotice, start, asOf, tracksIntroduction,
            tracks, statusSnapshots, overallResponsible, followUp, nextEvaluation
    }

    /// Decodes a plan; only `citizen`, `purposeAndBackground` and `tracks` are required.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        citizen = try container.decode(PseudonymousReference.self, forKey: .citizen)
        workplace = try container.decodeIfPresent(String.self, forKey: .workplace)
        purposeAndBackground = try container.decode([String].self, forKey: .purposeAndBackground)
        improvementNotice = try container.decodeIfPresent(ImprovementNotice.self, forKey: .improvementNotice)
        start = try container.decodeIfPresent(CalendarDate.self, forKey: .start)
        asOf = try container.decodeIfPresent(CalendarDate.self, forKey: .asOf)
        tracksIntroduction = try container.decodeIfPresent(String.self, forKey: .tracksIntroduction)
        tracks = try container.decode([Track].self, forKey: .tracks)
        statusSnapshots = try container.decodeIfPresent([StatusSnapshot].self, forKey: .statusSnapshots) ?? []
        overallResponsible = try container.decodeIfPresent([String].self, forKey: .overallResponsible) ?? []
        followUp = try container.decodeIfPresent([String].self, forKey: .followUp) ?? []
        nextEvaluation = try container.decodeIfPresent(CalendarDate.self, forKey: .nextEvaluation)
    }

    /// Encodes the plan; absent optional members are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encode(citizen, forKey: .citizen)
        try container.encodeIfPresent(workplace, forKey: .workplace)
        try container.encode(purposeAndBackground, forKey: .purposeAndBackground)
        try container.encodeIfPresent(improvementNotice, forKey: .improvementNotice)
        try container.encodeIfPresent(start, forKey: .start)
        try container.encodeIfPresent(asOf, forKey: .asOf)
        try container.encodeIfPresent(tracksIntroduction, forKey: .tracksIntroduction)
        try container.encode(tracks, forKey: .tracks)
        try container.encode(statusSnapshots, forKey: .statusSnapshots)
        try container.encode(overallResponsible, forKey: .overallResponsible)
        try container.encode(followUp, forKey: .followUp)
        try container.encodeIfPresent(nextEvaluation, forKey: .nextEvaluation)
    }
}
