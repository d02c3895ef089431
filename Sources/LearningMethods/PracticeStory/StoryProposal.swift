/// A proposal that came of a practice story, for the implementation group.
///
/// When the proposal is written up in the *Forslag til nye tiltag* form (the ActionPlans
/// module), ``proposalID`` names that form by its id, so the two can be followed together.
public struct StoryProposal: Codable, Hashable, Sendable {
    /// The proposal.
    public var proposal: String
    /// The id of the *Forslag til nye tiltag* it became, if it has been written up.
    public var proposalID: String?

    /// Creates a proposal.
    public init(proposal: String, proposalID: String? = nil) {
        self.proposal = proposal
        self.proposalID = proposalID
    }
}
