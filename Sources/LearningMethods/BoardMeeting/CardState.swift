public import DocumentTree
public import ForebygCore

/// Where an improvement card sits on the board.
///
/// At Sct. Hans a card is proposed, discussed at the next board meeting, gets a deadline and
/// "rykker til tavlens felt med igangværende initiativer"; it is followed up at coming meetings.
public enum CardState: String, CaseIterable, Codable, Sendable, AbsentDefault {
    /// A new proposal or idea, not yet decided on (the board's *ideer* field).
    case proposed
    /// An initiative under way, with a deadline (*igangværende*).
    case inProgress
    /// Finished.
    case done

    /// A card that names no state is a new proposal.
    public static var absentValue: Self { .proposed }
}

extension CardState {
    /// The stable name of the board field's table, for example `cards-in-progress`.
    var tableName: String {
        switch self {
        case .proposed: "cards-proposed"
        case .inProgress: "cards-in-progress"
        case .done: "cards-done"
        }
    }
}

extension CardState: Labelled {
    /// The label a document or a screen shows, in the given language.
    public func label(in language: Language) -> String {
        LearningMethodsStrings.for(language).cardStates(self)
    }
}
