/// A reference to a person that need not reveal who they are, such as `borger-17`.
///
/// Citizens (*borgere*) and staff have a duty of confidentiality around them: the library never
/// requires a name. Documents show the reference exactly as given, so a workplace chooses
/// what it reveals: an initial, a room number or a case-system id.
public typealias PseudonymousReference = Identifier<PersonTag>

/// The tag of identifiers that refer to people.
public enum PersonTag: Sendable {}
