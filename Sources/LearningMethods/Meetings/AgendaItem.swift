public import ForebygCore

/// One item of a ``MeetingAgenda``: what is taken, for how long, and the questions it asks.
public struct AgendaItem: Codable, Hashable, Sendable {
    /// The item's name as the seed prints it, for example "Åbning".
    public var title: String
    /// The minutes the item is given, or `nil` when the agenda does not time it.
    public var minutes: Int?
    /// What happens under the item, in the seed's words.
    public var description: String?
    /// The questions the item asks, verbatim.
    @Defaulted public var questions: [String]

    /// Creates an agenda item.
    public init(title: String, minutes: Int? = nil, description: String? = nil, questions: [String] = []) {
        self.title = title
        self.minutes = minutes
        self.description = description
        self.questions = questions
    }
}
