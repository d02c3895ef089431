import ForebygCore

extension Proposal: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, title, course, questionWording, answers, lifecycle, actions, coordination, evaluation
    }

    /// Decodes a proposal; everything but `id` may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ProposalID.self, forKey: .id)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        course = try container.decodeIfPresent(CourseLink.self, forKey: .course)
        questionWording = try container.decode(.questionWording, default: .form)
        answers = try container.list(.answers)
        lifecycle = try container.list(.lifecycle)
        actions = try container.list(.actions)
        coordination = try container.decodeIfPresent(Coordination.self, forKey: .coordination)
        evaluation = try container.decodeIfPresent(Evaluation.self, forKey: .evaluation)
    }

    /// Encodes the proposal; empty lists and absent parts are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(course, forKey: .course)
        try container.encode(questionWording, forKey: .questionWording)
        try container.encodeUnlessEmpty(answers, forKey: .answers)
        try container.encodeUnlessEmpty(lifecycle, forKey: .lifecycle)
        try container.encodeUnlessEmpty(actions, forKey: .actions)
        try container.encodeIfPresent(coordination, forKey: .coordination)
        try container.encodeIfPresent(evaluation, forKey: .evaluation)
    }
}
