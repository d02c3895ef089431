import ForebygCore

extension CitizenActionPlan {
    enum CodingKeys: String, CodingKey {
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
        statusSnapshots = try container.list(.statusSnapshots)
        overallResponsible = try container.list(.overallResponsible)
        followUp = try container.list(.followUp)
        nextEvaluation = try container.decodeIfPresent(CalendarDate.self, forKey: .nextEvaluation)
    }
}
