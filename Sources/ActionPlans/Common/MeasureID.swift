public import ForebygCore

/// The tag of identifiers that name a measure: a row of a handleplan, a concrete measure
/// (*tiltag*) of a citizen plan or an activity of a Trivselsgruppe plan.
public enum MeasureTag: Sendable {}

/// The identifier of a measure, unique within its plan, for example `risikovurdering`.
public typealias MeasureID = Identifier<MeasureTag>

/// The tag of identifiers that name a track (*spor*) of a citizen plan.
public enum TrackTag: Sendable {}

/// The identifier of a track of a citizen plan, unique within the plan, for example `kompetence`.
public typealias TrackID = Identifier<TrackTag>

/// The tag of identifiers that name a *Forslag til nye tiltag*.
public enum ProposalTag: Sendable {}

/// The identifier of a proposal (*forslag til nye tiltag*), for example `ag2-fortaelling-5`.
public typealias ProposalID = Identifier<ProposalTag>
