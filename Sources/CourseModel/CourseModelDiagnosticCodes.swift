public import ForebygCore

extension DiagnosticCode {
    /// Two people share an identifier.
    public static let courseDuplicatePersonID = DiagnosticCode(rawValue: "course.duplicatePersonID")
    /// Two working groups share an identifier.
    public static let courseDuplicateWorkingGroupID = DiagnosticCode(rawValue: "course.duplicateWorkingGroupID")
    /// An empty or blank identifier of a person or working group.
    public static let courseEmptyID = DiagnosticCode(rawValue: "course.emptyID")
    /// A person listed twice in the same list.
    public static let courseDuplicateMember = DiagnosticCode(rawValue: "course.duplicateMember")
    /// A reference to a person who is not in `people`.
    public static let courseUnknownPerson = DiagnosticCode(rawValue: "course.unknownPerson")
    /// No member of the implementation group is the daily manager.
    public static let courseNoDailyManager = DiagnosticCode(rawValue: "course.noDailyManager")
    /// A second member of the implementation group holds the daily manager's position.
    public static let courseSeveralDailyManagers = DiagnosticCode(rawValue: "course.severalDailyManagers")
    /// The top manager is also listed in a group.
    public static let courseTopManagerInGroup = DiagnosticCode(rawValue: "course.topManagerInGroup")
    /// The course has no working group.
    public static let courseNoWorkingGroup = DiagnosticCode(rawValue: "course.noWorkingGroup")
    /// A working group has no facilitator (tovholder).
    public static let courseNoFacilitator = DiagnosticCode(rawValue: "course.noFacilitator")
    /// A working group has more than two facilitators.
    public static let courseTooManyFacilitators = DiagnosticCode(rawValue: "course.tooManyFacilitators")
    /// A facilitator who is not a member of the working group.
    public static let courseFacilitatorNotMember = DiagnosticCode(rawValue: "course.facilitatorNotMember")
    /// A scribe who is not a member of the working group.
    public static let courseScribeNotMember = DiagnosticCode(rawValue: "course.scribeNotMember")
    /// A person in a second working group.
    public static let coursePersonInSeveralWorkingGroups = DiagnosticCode(rawValue: "course.personInSeveralWorkingGroups")
    /// The number of story meetings is outside 1–12.
    public static let courseStoryMeetingCountOutOfBounds = DiagnosticCode(rawValue: "course.storyMeetingCountOutOfBounds")
    /// The days between story meetings are outside 1–91.
    public static let courseIntervalOutOfBounds = DiagnosticCode(rawValue: "course.intervalOutOfBounds")
    /// Fewer than the four story meetings the seed recommends (a warning).
    public static let courseFewStoryMeetings = DiagnosticCode(rawValue: "course.fewStoryMeetings")
    /// A working group outside the recommended 3–8 members (a warning).
    public static let courseWorkingGroupSize = DiagnosticCode(rawValue: "course.workingGroupSize")
    /// No safety representative (AMR) in the implementation group (a warning).
    public static let courseNoSafetyRepresentative = DiagnosticCode(rawValue: "course.noSafetyRepresentative")
    /// No union representative (TR) in the implementation group (a warning).
    public static let courseNoUnionRepresentative = DiagnosticCode(rawValue: "course.noUnionRepresentative")
    /// Story meetings not about two weeks (10–18 days) apart (a warning).
    public static let courseUnusualInterval = DiagnosticCode(rawValue: "course.unusualInterval")
    /// A legal reference with an empty identifier.
    public static let legalReferencesEmptyID = DiagnosticCode(rawValue: "legalReferences.emptyID")
    /// Two legal references share an identifier.
    public static let legalReferencesDuplicateID = DiagnosticCode(rawValue: "legalReferences.duplicateID")
    /// A legal reference with an empty title.
    public static let legalReferencesEmptyTitle = DiagnosticCode(rawValue: "legalReferences.emptyTitle")
    /// A legal reference in force before it was issued.
    public static let legalReferencesInForceBeforeIssued = DiagnosticCode(rawValue: "legalReferences.inForceBeforeIssued")
    /// A reference replaced by one the register does not have.
    public static let legalReferencesUnknownSuccessor = DiagnosticCode(rawValue: "legalReferences.unknownSuccessor")
    /// A chain of replacements that leads back to where it started.
    public static let legalReferencesSupersessionCycle = DiagnosticCode(rawValue: "legalReferences.supersessionCycle")
    /// A reference replaced by one that is itself replaced (a warning).
    public static let legalReferencesOutdatedSuccessor = DiagnosticCode(rawValue: "legalReferences.outdatedSuccessor")
    /// A reference replaced before its successor is in force (a warning).
    public static let legalReferencesSuccessorNotYetInForce = DiagnosticCode(rawValue: "legalReferences.successorNotYetInForce")

    /// Every code CourseModel reports.
    public static let allCourseModelCodes: [DiagnosticCode] = [
        .courseDuplicatePersonID, .courseDuplicateWorkingGroupID, .courseEmptyID, .courseDuplicateMember,
        .courseUnknownPerson, .courseNoDailyManager, .courseSeveralDailyManagers, .courseTopManagerInGroup,
        .courseNoWorkingGroup, .courseNoFacilitator, .courseTooManyFacilitators, .courseFacilitatorNotMember,
        .courseScribeNotMember, .coursePersonInSeveralWorkingGroups, .courseStoryMeetingCountOutOfBounds,
        .courseIntervalOutOfBounds, .courseFewStoryMeetings, .courseWorkingGroupSize, .courseNoSafetyRepresentative,
        .courseNoUnionRepresentative, .courseUnusualInterval, .legalReferencesEmptyID, .legalReferencesDuplicateID,
        .legalReferencesEmptyTitle, .legalReferencesInForceBeforeIssued, .legalReferencesUnknownSuccessor,
        .legalReferencesSupersessionCycle, .legalReferencesOutdatedSuccessor, .legalReferencesSuccessorNotYetInForce,
    ]
}
