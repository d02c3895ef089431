import ForebygCore

/// Every fixed, user-facing label of the ActionPlans module, one value per language.
struct ActionPlansStrings: Sendable {
    /// "Arbejdsgruppen": who answers questions 1–5 of Forslag til nye tiltag.
    let workingGroup: String
    /// "Implementeringsgruppen": who answers questions 6–10.
    let implementationGroup: String

    // MARK: Workplace handleplan

    /// The default title of a workplace handleplan.
    let workplacePlanTitle: String
    /// Metadata label: the workplace.
    let workplace: String
    /// Metadata label: the period the plan covers.
    let period: String
    /// Metadata label: who wrote the plan.
    let authors: String
    /// Metadata label: the day the plan was adopted.
    let adopted: String
    /// Metadata label: the day of the next revision.
    let nextRevision: String
    /// Metadata label: the day the statuses describe.
    let asOf: String
    /// Heading of the plan's table.
    let planHeading: String
    /// Heading of the status history table.
    let statusHistoryHeading: String
    /// Column title: focus area.
    let focusArea: String
    /// Column title: what, how and when.
    let whatHowWhen: String
    /// Column title: timing (dates, intervals).
    let timing: String
    /// Column title: responsible.
    let responsible: String
    /// Column title: status.
    let status: String
    /// Column title: goal.
    let goal: String
    /// Column title: the proposal a row comes from.
    let proposal: String
    /// Column title: the day of a status entry.
    let statusDate: String
    /// Column title: a status entry's text.
    let statusNote: String
    /// Prefix of a deadline in a timing cell, "Frist".
    let deadline: String
    /// Heading of the measures whose deadline has passed as of a day.
    let overdueHeading: @Sendable (_ date: String) -> String
    /// Column title: a measure's identifier.
    let measureID: String
    /// Author roles, in ``PlanAuthor/Role`` order.
    let roles: [PlanAuthor.Role: String]
    /// Interval adverbs (*dagligt*, *ugentligt* …).
    let intervals: [Timing.Interval: String]
    /// "x" in "3 x dagligt".
    let timesWord: String
    /// Status labels.
    let statuses: [MeasureStatus: String]


    // MARK: Forslag til nye tiltag

    /// The title of a proposal form.
    let proposalTitle: String
    /// Heading before questions 1–5 (seed 000's wording in Danish).
    let questionsForWorkingGroup: String
    /// Heading before questions 6–10.
    let questionsForImplementationGroup: String
    /// Header label: the working group.
    let courseWorkingGroup: String
    /// Header label: the story meeting number.
    let storyMeeting: String
    /// Header label: the theme.
    let theme: String
    /// Header label and column title: the proposal's stage.
    let stage: String
    /// Stage labels.
    let stages: [Proposal.Stage: String]
    /// Decision meeting names.
    let meetings: [Proposal.DecisionMeeting: String]
    /// Heading of the decided actions.
    let decisionsHeading: String
    /// Column title: what is to be done.
    let what: String
    /// Heading of the coordination section.
    let coordinationHeading: String
    /// Label: coordination with other working groups.
    let withOtherWorkingGroups: String
    /// Label: coordination with MED-udvalget / arbejdsmiljøorganisationen.
    let withCommittee: String
    /// "Ja".
    let yes: String
    /// "Nej".
    let no: String
    /// Heading of the evaluation section.
    let evaluationHeading: String
    /// Label: when the evaluation takes place.
    let evaluationWhen: String
    /// Label: how the evaluation is done.
    let evaluationHow: String
    /// Heading of the lifecycle table.
    let lifecycleHeading: String
    /// Column title: the meeting a decision was made at.
    let meeting: String
    /// Column title: a remark.
    let remark: String

    // MARK: Citizen handleplan

    /// The default title of a citizen plan.
    let citizenPlanTitle: String
    /// Header label: the citizen (pseudonymous).
    let citizen: String
    /// Header label: the improvement notice.
    let improvementNotice: String
    /// Heading: purpose and background.
    let purposeAndBackgroundHeading: String
    /// Heading: the concrete measures.
    let concreteMeasuresHeading: String
    /// Heading: follow-up and evaluation.
    let followUpHeading: String
    /// Label: the next evaluation.
    let nextEvaluation: String
    /// Label: who is responsible for follow-up.
    let overallResponsible: String
    /// Heading: the overview of measures.
    let measuresOverviewHeading: String
    /// Column title: a measure.
    let measure: String
    /// Column title: a track.
    let track: String
    /// Header label: the plan's start.
    let start: String

    // MARK: Trivselsgruppe plan

    /// The default title of a Trivselsgruppe plan.
    let wellbeingPlanTitle: String
    /// Heading of step 1.
    let stepOneHeading: String
    /// Heading of step 2.
    let stepTwoHeading: String
    /// Heading of step 3.
    let stepThreeHeading: String
    /// Column title: a member's name.
    let memberName: String
    /// Column title: a member's job title.
    let memberTitle: String
    /// Column title: a member's role and responsibility.
    let roleAndResponsibility: String
    /// Column title: an activity.
    let activity: String
    /// Column title: who it is for and what happens when.
    let activityDescription: String
    /// Heading: the status meetings.
    let statusMeetingsHeading: String
    /// Column title: the deadline and who is responsible, seed 001's "Deadline og Ansvarlig".
    let deadlineAndResponsible: String
    /// The word before a dated deadline in that column, "Deadline".
    let deadlineWord: String
    /// Title of the box with seed 001's links.
    let guideLinks: String

    /// The Danish labels (the default).
    static let danish = ActionPlansStrings(
        workingGroup: "Arbejdsgruppen",
        implementationGroup: "Implementeringsgruppen",
        workplacePlanTitle: "Handleplan for forebyggelse af trusler og vold",
        workplace: "Arbejdsplads",
        period: "Periode",
        authors: "Udarbejdet af",
        adopted: "Vedtaget",
        nextRevision: "Næste revision",
        asOf: "Status pr.",
        planHeading: "Handleplan",
        statusHistoryHeading: "Statushistorik",
        focusArea: "Fokusområde",
        whatHowWhen: "Hvad, hvordan og hvornår?",
        timing: "Dato, interval",
        responsible: "Ansvarlige",
        status: "Status",
        goal: "Mål",
        proposal: "Forslag",
        statusDate: "Dato",
        statusNote: "Hvad er sket?",
        deadline: "Frist",
        overdueHeading: { date in "Overskredne frister pr. \(date)" },
        measureID: "Id",
        roles: [
            .leader: "Leder", .workEnvironmentRepresentative: "Arbejdsmiljørepræsentant (AMR)",
            .unionRepresentative: "Tillidsrepræsentant (TR)", .employee: "Medarbejder",
        ],
        intervals: [.day: "dagligt", .week: "ugentligt", .month: "månedligt", .quarter: "kvartalsvis", .year: "årligt"],
        timesWord: "x",
        statuses: [
            .planned: "planlagt", .inPreparation: "under udarbejdelse", .inProgress: "i gang",
            .revisedAwaitingApproval: "revideret og afventer godkendelse",
            .recruitmentInProgress: "rekruttering i gang", .beingEmbedded: "indarbejdes",
            .inUse: "tilknyttet og i brug", .implemented: "implementeret", .completed: "gennemført",
            .postponed: "udskudt", .cancelled: "opgivet",
        ],
        proposalTitle: "Forslag til nye tiltag",
        questionsForWorkingGroup: "Spørgsmål til arbejdsgruppen",
        questionsForImplementationGroup: "Spørgsmål til implementeringsgruppen",
        courseWorkingGroup: "Arbejdsgruppe",
        storyMeeting: "Praksisfortællingsmøde nr.",
        theme: "Tema",
        stage: "Status",
        stages: [
            .draft: "Udkast", .handedToImplementationGroup: "Overdraget til implementeringsgruppen",
            .prioritised: "Prioriteret", .notPrioritised: "Ikke prioriteret", .postponed: "Udskudt",
            .inImplementation: "Under implementering", .evaluated: "Evalueret",
        ],
        meetings: [.midwayMeeting: "Midtvejsmøde", .closingMeeting: "Afsluttende møde"],
        decisionsHeading: "Implementeringsgruppens beslutninger",
        what: "Hvad",
        coordinationHeading: "Koordinering",
        withOtherWorkingGroups: "Med andre arbejdsgrupper",
        withCommittee: "Med MED-udvalget/arbejdsmiljøorganisationen",
        yes: "Ja",
        no: "Nej",
        evaluationHeading: "Evaluering",
        evaluationWhen: "Hvornår",
        evaluationHow: "Hvordan",
        lifecycleHeading: "Forløb",
        meeting: "Møde",
        remark: "Bemærkning",
        citizenPlanTitle: "Handleplan for arbejdet med en borger",
        citizen: "Borger",
        improvementNotice: "Påbud",
        purposeAndBackgroundHeading: "Formål og baggrund",
        concreteMeasuresHeading: "Konkrete tiltag",
        followUpHeading: "Opfølgning og evaluering",
        nextEvaluation: "Næste evaluering",
        overallResponsible: "Ansvarlig for opfølgning",
        measuresOverviewHeading: "Oversigt over tiltag",
        measure: "Tiltag",
        track: "Spor",
        start: "Start",
        wellbeingPlanTitle: "Trivselsgruppens plan",
        stepOneHeading: "Første trin: Hvem er med i Trivselsgruppen?",
        stepTwoHeading: "Andet trin: Indhold og mål",
        stepThreeHeading: "Tredje trin: Plan for aktiviteter",
        memberName: "Navn",
        memberTitle: "Titel",
        roleAndResponsibility: "Rolle og ansvar",
        activity: "Aktivitet",
        activityDescription: "Beskrivelse",
        statusMeetingsHeading: "Statusmøder",
        deadlineAndResponsible: "Deadline og Ansvarlig",
        deadlineWord: "Deadline",
        guideLinks: "Links fra guiden til Socialstyrelsen (»se skema her«): redskaber til forebyggelse af voldsomme episoder og de nationale retningslinjer"
    )

    /// The English labels.
    static let english = ActionPlansStrings(
        workingGroup: "The working group",
        implementationGroup: "The implementation group",
        workplacePlanTitle: "Action plan for preventing threats and violence",
        workplace: "Workplace",
        period: "Period",
        authors: "Written by",
        adopted: "Adopted",
        nextRevision: "Next revision",
        asOf: "Status as of",
        planHeading: "Action plan",
        statusHistoryHeading: "Status history",
        focusArea: "Focus area",
        whatHowWhen: "What, how and when?",
        timing: "Date, interval",
        responsible: "Responsible",
        status: "Status",
        goal: "Goal",
        proposal: "Proposal",
        statusDate: "Date",
        statusNote: "What has happened?",
        deadline: "Deadline",
        overdueHeading: { date in "Deadlines passed as of \(date)" },
        measureID: "Id",
        roles: [
            .leader: "Manager", .workEnvironmentRepresentative: "Work environment representative (AMR)",
            .unionRepresentative: "Union representative (TR)", .employee: "Employee",
        ],
        intervals: [.day: "daily", .week: "weekly", .month: "monthly", .quarter: "quarterly", .year: "yearly"],
        timesWord: "x",
        statuses: [
            .planned: "planned", .inPreparation: "in preparation", .inProgress: "in progress",
            .revisedAwaitingApproval: "revised, awaiting approval",
            .recruitmentInProgress: "recruitment in progress", .beingEmbedded: "being embedded",
            .inUse: "attached and in use", .implemented: "implemented", .completed: "completed",
            .postponed: "postponed", .cancelled: "cancelled",
        ],
        proposalTitle: "Proposal for new measures",
        questionsForWorkingGroup: "Questions for the working group",
        questionsForImplementationGroup: "Questions for the implementation group",
        courseWorkingGroup: "Working group",
        storyMeeting: "Story meeting no.",
        theme: "Theme",
        stage: "Stage",
        stages: [
            .draft: "Draft", .handedToImplementationGroup: "Handed to the implementation group",
            .prioritised: "Prioritised", .notPrioritised: "Not prioritised", .postponed: "Postponed",
            .inImplementation: "In implementation", .evaluated: "Evaluated",
        ],
        meetings: [.midwayMeeting: "Midway meeting", .closingMeeting: "Closing meeting"],
        decisionsHeading: "The implementation group's decisions",
        what: "What",
        coordinationHeading: "Coordination",
        withOtherWorkingGroups: "With other working groups",
        withCommittee: "With MED-udvalget / the arbejdsmiljøorganisation",
        yes: "Yes",
        no: "No",
        evaluationHeading: "Evaluation",
        evaluationWhen: "When",
        evaluationHow: "How",
        lifecycleHeading: "History",
        meeting: "Meeting",
        remark: "Remark",
        citizenPlanTitle: "Action plan for the work with a citizen",
        citizen: "Citizen",
        improvementNotice: "Improvement notice (påbud)",
        purposeAndBackgroundHeading: "Purpose and background",
        concreteMeasuresHeading: "Concrete measures",
        followUpHeading: "Follow-up and evaluation",
        nextEvaluation: "Next evaluation",
        overallResponsible: "Responsible for follow-up",
        measuresOverviewHeading: "Overview of measures",
        measure: "Measure",
        track: "Track",
        start: "Start",
        wellbeingPlanTitle: "The Trivselsgruppe's plan",
        stepOneHeading: "Step 1: Who is in the Trivselsgruppe?",
        stepTwoHeading: "Step 2: Content and goals",
        stepThreeHeading: "Step 3: Activity plan",
        memberName: "Name",
        memberTitle: "Title",
        roleAndResponsibility: "Role and responsibility",
        activity: "Activity",
        activityDescription: "Description",
        statusMeetingsHeading: "Status meetings",
        deadlineAndResponsible: "Deadline and responsible",
        deadlineWord: "Deadline",
        guideLinks: "Links in the guide to Socialstyrelsen (»se skema her«): tools for preventing violent episodes and the national guidelines"
    )

    /// The labels of a language.
    static func `for`(_ language: Language) -> ActionPlansStrings {
        switch language {
        case .danish: danish
        case .english: english
        }
    }

    /// The label of a status.
    func statusLabel(_ status: MeasureStatus) -> String {
        statuses[status] ?? status.rawValue
    }

    /// The label of an author role.
    func roleLabel(_ role: PlanAuthor.Role) -> String {
        roles[role] ?? role.rawValue
    }

    /// The adverb of an interval.
    func intervalLabel(_ interval: Timing.Interval) -> String {
        intervals[interval] ?? interval.rawValue
    }
}
