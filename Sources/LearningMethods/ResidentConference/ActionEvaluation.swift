public import ForebygCore

/// The evaluation, at a beboerkonference, of an action agreed at the previous one
/// (agenda item "Evaluering af seneste beboerkonference": "Hvad er gået godt? Hvad skal gøres anderledes?").
public struct ActionEvaluation: Codable, Hashable, Sendable {
    /// The id of the action at the previous conference.
    public var actionID: AgreedActionID
    /// The action as it was agreed, copied so the record reads on its own.
    public var action: String
    /// What has gone well.
    public var wentWell: String?
    /// What should be done differently.
    public var doDifferently: String?

    /// Creates an evaluation entry.
    public init(actionID: AgreedActionID, action: String, wentWell: String? = nil, doDifferently: String? = nil) {
        self.actionID = actionID
        self.action = action
        self.wentWell = wentWell
        self.doDifferently = doDifferently
    }
}
