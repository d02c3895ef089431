/// What seed 000 says about a role, verbatim in Danish.
public struct RoleDescription: Hashable, Sendable {
    /// Paragraphs that introduce the role (who it is, how it is chosen).
    public let introduction: [String]
    /// The role's duties (*opgaver*), one bullet each, in the seed's order; empty where the
    /// seed describes the role in running text only.
    public let duties: [String]
    /// Further points the seed asks the reader to consider (for the working group: how to compose it).
    public let considerations: [String]

    /// Creates a role description.
    public init(introduction: [String], duties: [String], considerations: [String] = []) {
        self.introduction = introduction
        self.duties = duties
        self.considerations = considerations
    }
}
