/// One point on a meeting's agenda: what happens, who leads it and for how long.
///
/// Titles and details are the seed's Danish text. `minutes` is `nil` where the seed gives
/// no time for the point (it gives times for the information meeting and the story meetings).
public struct AgendaItem: Hashable, Sendable {
    /// The point's position on the agenda, from 1.
    public let step: Int
    /// What happens.
    public let title: String
    /// Who leads the point, if the seed says.
    public let lead: CourseRole?
    /// The time set aside, in minutes, if the seed (or, where noted, the library) sets one.
    public let minutes: Int?
    /// Explanatory paragraphs.
    public let details: [String]
    /// Questions or sub-points, shown as a list.
    public let questions: [String]

    /// Creates an agenda item.
    public init(
        step: Int, title: String, lead: CourseRole? = nil, minutes: Int? = nil, details: [String] = [],
        questions: [String] = []
    ) {
        self.step = step
        self.title = title
        self.lead = lead
        self.minutes = minutes
        self.details = details
        self.questions = questions
    }

    /// The same item with `more` paragraphs after its own details.
    func adding(details more: [String]) -> AgendaItem {
        AgendaItem(step: step, title: title, lead: lead, minutes: minutes, details: details + more, questions: questions)
    }

    /// The same item at another position.
    func renumbered(_ step: Int) -> AgendaItem {
        AgendaItem(step: step, title: title, lead: lead, minutes: minutes, details: details, questions: questions)
    }
}
