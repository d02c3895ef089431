public import DocumentTree
import ForebygCore

/// Someone who wrote a workplace handleplan: seed 003 has the leader (*leder*) and the
/// work environment representative (*arbejdsmiljørepræsentant*, AMR) write it together.
public struct PlanAuthor: Hashable, Sendable, Codable {
    /// The role an author writes in.
    public enum Role: String, CaseIterable, Hashable, Sendable, Codable {
        /// The manager (*leder*).
        case leader
        /// The work environment representative (*arbejdsmiljørepræsentant*, AMR).
        case workEnvironmentRepresentative
        /// The union representative (*tillidsrepræsentant*, TR).
        case unionRepresentative
        /// Another employee.
        case employee
    }

    /// The role the author writes in.
    public var role: Role
    /// The author's name, if the workplace records it.
    public var name: String?

    /// Creates an author.
    public init(role: Role, name: String? = nil) {
        self.role = role
        self.name = name
    }
}

extension PlanAuthor.Role {
    /// The label a document or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        ActionPlansStrings.for(language).roles(self)
    }
}
