/// The tag of working-group identifiers.
public enum WorkingGroupTag: Sendable {}

/// The identifier of a working group (*arbejdsgruppe*) of a prevention course, for example
/// `ag-hus-a`. It lives here, beside the other shared identifiers, so that a proposal
/// (`ActionPlans`) and a practice story (`LearningMethods`) can name the group they come from
/// without depending on the course model.
public typealias WorkingGroupID = Identifier<WorkingGroupTag>
