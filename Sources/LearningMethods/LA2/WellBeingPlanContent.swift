public import ForebygCore

/// The content of a trivselsplan: the citizen's signs of well-being and strain, warning signs,
/// resources, what the citizen does to cope, and what the staff do.
///
/// Every member is a list of short entries, one paragraph each.
public struct WellBeingPlanContent: Codable, Hashable, Sendable {
    /// *Tegn på trivsel*: how the citizen, and others, can tell that the citizen is well.
    @Defaulted public var signsOfWellBeing: [String]
    /// *Ressourcer*: the citizen's strengths, network and what gives energy.
    @Defaulted public var resources: [String]
    /// *Tegn på belastning*: signs that the citizen is under strain.
    @Defaulted public var signsOfStrain: [String]
    /// *Advarselstegn*: warning signs that an episode may be coming.
    @Defaulted public var warningSigns: [String]
    /// What the citizen does to cope with the situation (*mestring*).
    @Defaulted public var ownCoping: [String]
    /// The staff's support: in the professionals' version, their shared professional approach
    /// (*fælles faglige tilgange*) to the citizen.
    @Defaulted public var staffSupport: [String]

    /// Creates the content of a trivselsplan.
    public init(
        signsOfWellBeing: [String] = [], resources: [String] = [], signsOfStrain: [String] = [],
        warningSigns: [String] = [], ownCoping: [String] = [], staffSupport: [String] = []
    ) {
        self.signsOfWellBeing = signsOfWellBeing
        self.resources = resources
        self.signsOfStrain = signsOfStrain
        self.warningSigns = warningSigns
        self.ownCoping = ownCoping
        self.staffSupport = staffSupport
    }
}
