public import ForebygCore

/// One LA2 plan for one citizen: a trivselsplan, tryghedsplan or læringsplan, in the citizen's
/// or the professionals' version.
///
/// The plan's ``kind`` says which content member applies: ``wellBeing`` for a trivselsplan,
/// ``safety`` for a tryghedsplan, ``learning`` for a læringsplan. A plan whose content is
/// `nil` is a blank form. Revisions are dated, newest last.
public struct LA2Plan: VersionedDocument, Hashable {
    /// `la2-plan`.
    public static let documentType = "la2-plan"
    /// Format version 1.
    public static let formatVersion = 1

    /// Which of the three plans this is.
    public var kind: LA2PlanKind
    /// Whose version it is.
    public var audience: LA2Audience
    /// The citizen, by pseudonym (the seed's "Ellen" is itself invented).
    public var citizen: PseudonymousReference
    /// The workplace, for example "Botilbuddet Kragelund".
    public var workplace: String?
    /// The member of staff the plan was made with.
    public var staffMember: PseudonymousReference?
    /// The dated revisions, oldest first; the last one dates the plan.
    @Defaulted public var revisions: [PlanRevision]
    /// The trivselsplan's content, when ``kind`` is ``LA2PlanKind/wellBeing``.
    public var wellBeing: WellBeingPlanContent?
    /// The tryghedsplan's content, when ``kind`` is ``LA2PlanKind/safety``.
    public var safety: SafetyPlanContent?
    /// The læringsplan's content, when ``kind`` is ``LA2PlanKind/learning``.
    public var learning: LearningPlanContent?

    /// Creates a plan; leave the content `nil` for a blank form.
    public init(
        kind: LA2PlanKind, audience: LA2Audience, citizen: PseudonymousReference, workplace: String? = nil,
        staffMember: PseudonymousReference? = nil, revisions: [PlanRevision] = [],
        wellBeing: WellBeingPlanContent? = nil, safety: SafetyPlanContent? = nil, learning: LearningPlanContent? = nil
    ) {
        self.kind = kind
        self.audience = audience
        self.citizen = citizen
        self.workplace = workplace
        self.staffMember = staffMember
        self.revisions = revisions
        self.wellBeing = wellBeing
        self.safety = safety
        self.learning = learning
    }

    /// A blank, printable form of the given plan and version.
    public static func blank(_ kind: LA2PlanKind, for audience: LA2Audience) -> LA2Plan {
        LA2Plan(kind: kind, audience: audience, citizen: "")
    }

    /// Whether the plan has no content yet (a blank form).
    public var isBlank: Bool {
        wellBeing == nil && safety == nil && learning == nil
    }

    /// The day of the newest revision.
    public var lastRevised: CalendarDate? {
        revisions.last?.date
    }

    enum CodingKeys: String, CodingKey {
        case kind, audience, citizen, workplace, staffMember, revisions, wellBeing, safety, learning
    }
}
