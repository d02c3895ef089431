public import ForebygCore

/// A participant at a beboerkonference, by pseudonym or role, with a conference role.
public struct ConferenceParticipant: Codable, Hashable, Sendable {
    /// Who, for example "afdelingsleder" or "kontaktperson-1".
    public var person: PseudonymousReference
    /// The role at the conference.
    public var role: ConferenceRole
    /// The professional group, for example "sosuassistent" or "demenskoordinator".
    public var profession: String?

    /// Creates a participant.
    public init(person: PseudonymousReference, role: ConferenceRole, profession: String? = nil) {
        self.person = person
        self.role = role
        self.profession = profession
    }
}
