public import ForebygCore

/// An agreement on the board: what is to happen before the next meeting, and who does it
/// ("Aftal, hvad der skal ske frem til næste møde – hvem skal gøre hvad?").
public struct BoardAgreement: Codable, Hashable, Sendable {
    /// What is to happen.
    public var what: String
    /// Who does it, by pseudonym or role.
    public var responsible: PseudonymousReference

    /// Creates an agreement.
    public init(what: String, responsible: PseudonymousReference) {
        self.what = what
        self.responsible = responsible
    }
}
