public import ForebygCore

/// A person taking part in the course, known by a pseudonymous-capable id.
///
/// The id is all the library needs: use an initial, a first name or a staff number. A display
/// name and a job title are optional and only shown in documents when given.
public struct Person: Hashable, Codable, Sendable {
    /// The person's id, unique within the configuration (for example `p-mads`).
    public var id: PseudonymousReference
    /// An optional name to show, for example a first name.
    public var displayName: String?
    /// An optional job title, for example "Forstander" or "Pædagog".
    public var title: String?

    /// Creates a person.
    public init(id: PseudonymousReference, displayName: String? = nil, title: String? = nil) {
        self.id = id
        self.displayName = displayName
        self.title = title
    }

    /// The display name if given, else the id.
    public var label: String {
        displayName ?? id.rawValue
    }
}
