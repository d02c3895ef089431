public import ForebygCore

extension DiagnosticCode {
    /// An agenda's timed items do not add up to the meeting's length.
    public static let agendaTimingsDoNotAddUp = DiagnosticCode(rawValue: "agenda.timingsDoNotAddUp")
    /// A meeting's length outside 1–480 minutes.
    public static let agendaLengthOutOfBounds = DiagnosticCode(rawValue: "agenda.lengthOutOfBounds")
    /// An agenda item's minutes outside 0–480.
    public static let agendaMinutesOutOfBounds = DiagnosticCode(rawValue: "agenda.minutesOutOfBounds")
    /// An agreed action with nobody responsible.
    public static let conferenceActionWithoutResponsible = DiagnosticCode(rawValue: "conference.actionWithoutResponsible")
    /// Two agreed actions share an identifier.
    public static let conferenceDuplicateActionID = DiagnosticCode(rawValue: "conference.duplicateActionID")
    /// An evaluation of an action the previous conference did not agree.
    public static let conferenceUnknownAction = DiagnosticCode(rawValue: "conference.unknownAction")
    /// The previous conference's date differs from the conference given.
    public static let conferencePreviousDateMismatch = DiagnosticCode(rawValue: "conference.previousDateMismatch")
    /// An agreed action with nobody to document it (a warning).
    public static let conferenceActionNotDocumented = DiagnosticCode(rawValue: "conference.actionNotDocumented")
    /// The resident was chosen less than 7 days before (a warning).
    public static let conferenceResidentChosenLate = DiagnosticCode(rawValue: "conference.residentChosenLate")
    /// Conferences more than 14 days apart (a warning).
    public static let conferenceIntervalTooLong = DiagnosticCode(rawValue: "conference.intervalTooLong")
    /// No participant chairs the conference (a warning).
    public static let conferenceNoChair = DiagnosticCode(rawValue: "conference.noChair")
    /// No participant tells about the resident (a warning).
    public static let conferenceNoNarrator = DiagnosticCode(rawValue: "conference.noNarrator")
    /// An action of the previous conference not evaluated (a warning).
    public static let conferenceActionNotEvaluated = DiagnosticCode(rawValue: "conference.actionNotEvaluated")
    /// A card in progress without a deadline.
    public static let boardCardWithoutDeadline = DiagnosticCode(rawValue: "board.cardWithoutDeadline")
    /// Two cards share an identifier.
    public static let boardDuplicateCardID = DiagnosticCode(rawValue: "board.duplicateCardID")
    /// An agreement with nobody responsible.
    public static let boardAgreementWithoutResponsible = DiagnosticCode(rawValue: "board.agreementWithoutResponsible")
    /// A measure's name that is not lowercase letters, digits and hyphens.
    public static let boardUnsafeMeasureName = DiagnosticCode(rawValue: "board.unsafeMeasureName")
    /// A board figure that is NaN or infinite.
    public static let boardValueNotFinite = DiagnosticCode(rawValue: "board.valueNotFinite")
    /// A board figure outside −10^9–10^9.
    public static let boardValueOutOfBounds = DiagnosticCode(rawValue: "board.valueOutOfBounds")
    /// A card's deadline has passed (a warning).
    public static let boardDeadlinePassed = DiagnosticCode(rawValue: "board.deadlinePassed")
    /// A filled practice story names no writer.
    public static let storyNoWriter = DiagnosticCode(rawValue: "story.noWriter")
    /// A filled practice story without a story.
    public static let storyNoStory = DiagnosticCode(rawValue: "story.noStory")
    /// An answer to a question the facilitator's three do not include.
    public static let storyUnknownQuestion = DiagnosticCode(rawValue: "story.unknownQuestion")
    /// An empty proposal.
    public static let storyEmptyProposal = DiagnosticCode(rawValue: "story.emptyProposal")
    /// A proposal's link with an empty identifier.
    public static let storyEmptyProposalID = DiagnosticCode(rawValue: "story.emptyProposalID")
    /// An LA2 plan holding another kind's content.
    public static let la2ContentOfOtherKind = DiagnosticCode(rawValue: "la2.contentOfOtherKind")
    /// A filled LA2 plan names no citizen.
    public static let la2NoCitizen = DiagnosticCode(rawValue: "la2.noCitizen")
    /// An LA2 plan's revisions are not in date order.
    public static let la2RevisionsOutOfOrder = DiagnosticCode(rawValue: "la2.revisionsOutOfOrder")
    /// An answer to a question the LA2 version does not have.
    public static let la2UnknownQuestion = DiagnosticCode(rawValue: "la2.unknownQuestion")
    /// Learning carried into a section the plan does not have.
    public static let la2CarriedIntoUnknownSection = DiagnosticCode(rawValue: "la2.carriedIntoUnknownSection")
    /// Learning carried into a phase where the section takes none, or without one where it does.
    public static let la2CarriedIntoPhase = DiagnosticCode(rawValue: "la2.carriedIntoPhase")
    /// Learning carried into a plan without saying what.
    public static let la2CarriedIntoEmpty = DiagnosticCode(rawValue: "la2.carriedIntoEmpty")
    /// A filled LA2 plan without a revision date (a warning).
    public static let la2Undated = DiagnosticCode(rawValue: "la2.undated")

    /// Every code LearningMethods reports.
    public static let allLearningMethodsCodes: [DiagnosticCode] = [
        .agendaTimingsDoNotAddUp, .agendaLengthOutOfBounds, .agendaMinutesOutOfBounds,
        .conferenceActionWithoutResponsible, .conferenceDuplicateActionID, .conferenceUnknownAction,
        .conferencePreviousDateMismatch, .conferenceActionNotDocumented, .conferenceResidentChosenLate,
        .conferenceIntervalTooLong, .conferenceNoChair, .conferenceNoNarrator, .conferenceActionNotEvaluated,
        .boardCardWithoutDeadline, .boardDuplicateCardID, .boardAgreementWithoutResponsible, .boardUnsafeMeasureName,
        .boardValueNotFinite, .boardValueOutOfBounds, .boardDeadlinePassed, .storyNoWriter, .storyNoStory,
        .storyUnknownQuestion, .storyEmptyProposal, .storyEmptyProposalID, .la2ContentOfOtherKind, .la2NoCitizen,
        .la2RevisionsOutOfOrder, .la2UnknownQuestion, .la2CarriedIntoUnknownSection, .la2CarriedIntoPhase,
        .la2CarriedIntoEmpty, .la2Undated,
    ]
}
