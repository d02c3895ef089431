import DocumentTree
import ForebygCore

/// Every fixed, user-facing label of the ActionPlans module, both languages side by side.
struct ActionPlansStrings: ModuleStrings {
    /// The language the labels are in.
    let language: Language

    /// "Arbejdsgruppen": who answers questions 1–5 of Forslag til nye tiltag.
    var workingGroup: String { Localized(da: "Arbejdsgruppen", en: "The working group")[language] }
    /// "Implementeringsgruppen": who answers questions 6–10.
    var implementationGroup: String { Localized(da: "Implementeringsgruppen", en: "The implementation group")[language] }

    // MARK: Workplace handleplan

    /// The default title of a workplace handleplan.
    var workplacePlanTitle: String {
        Localized(
            da: "Handleplan for forebyggelse af trusler og vold",
            en: "Action plan for preventing threats and violence")[language]
    }
    /// Metadata label: who wrote the plan.
    var authors: String { Localized(da: "Udarbejdet af", en: "Written by")[language] }
    /// Metadata label: the day the plan was adopted.
    var adopted: String { Localized(da: "Vedtaget", en: "Adopted")[language] }
    /// Metadata label: the day of the next revision.
    var nextRevision: String { Localized(da: "Næste revision", en: "Next revision")[language] }
    /// Metadata label: the day the statuses describe.
    var asOf: String { Localized(da: "Status pr.", en: "Status as of")[language] }
    /// Heading of the plan's table.
    var planHeading: String { Localized(da: "Handleplan", en: "Action plan")[language] }
    /// Heading of the status history table.
    var statusHistoryHeading: String { Localized(da: "Statushistorik", en: "Status history")[language] }
    /// Column title: what, how and when.
    var whatHowWhen: String { Localized(da: "Hvad, hvordan og hvornår?", en: "What, how and when?")[language] }
    /// Column title: timing (dates, intervals).
    var timing: String { Localized(da: "Dato, interval", en: "Date, interval")[language] }
    /// Column title: responsible.
    var responsible: String { Localized(da: "Ansvarlige", en: "Responsible")[language] }
    /// Column title: goal.
    var goal: String { Localized(da: "Mål", en: "Goal")[language] }
    /// Column title: the day of a status entry.
    var statusDate: String { Localized(da: "Dato", en: "Date")[language] }
    /// Column title: a status entry's text.
    var statusNote: String { Localized(da: "Hvad er sket?", en: "What has happened?")[language] }
    /// Prefix of a deadline in a timing cell, "Frist".
    var deadline: String { Localized(da: "Frist", en: "Deadline")[language] }
    /// Heading of the measures whose deadline has passed as of a day.
    var overdueHeading: @Sendable (_ date: String) -> String {
        Localized<@Sendable (_ date: String) -> String>(
            da: { date in "Overskredne frister pr. \(date)" },
            en: { date in "Deadlines passed as of \(date)" })[language]
    }
    /// Column title: a measure's identifier.
    var measureID: String { Localized(da: "Id", en: "Id")[language] }
    /// Author roles, in ``PlanAuthor/Role`` order.
    func roles(_ value: PlanAuthor.Role) -> String {
        switch value {
        case .leader: Localized(da: "Leder", en: "Manager")[language]
        case .workEnvironmentRepresentative: Localized(da: "Arbejdsmiljørepræsentant (AMR)", en: "Work environment representative (AMR)")[language]
        case .unionRepresentative: Localized(da: "Tillidsrepræsentant (TR)", en: "Union representative (TR)")[language]
        case .employee: Localized(da: "Medarbejder", en: "Employee")[language]
        }
    }
    /// Interval adverbs (*dagligt*, *ugentligt* …).
    func intervals(_ value: Timing.Interval) -> String {
        switch value {
        case .day: Localized(da: "dagligt", en: "daily")[language]
        case .week: Localized(da: "ugentligt", en: "weekly")[language]
        case .month: Localized(da: "månedligt", en: "monthly")[language]
        case .quarter: Localized(da: "kvartalsvis", en: "quarterly")[language]
        case .year: Localized(da: "årligt", en: "yearly")[language]
        }
    }
    /// "x" in "3 x dagligt".
    var timesWord: String { Localized(da: "x", en: "x")[language] }
    /// Status labels.
    func statuses(_ value: MeasureStatus) -> String {
        switch value {
        case .planned: Localized(da: "planlagt", en: "planned")[language]
        case .inPreparation: Localized(da: "under udarbejdelse", en: "in preparation")[language]
        case .inProgress: Localized(da: "i gang", en: "in progress")[language]
        case .revisedAwaitingApproval: Localized(da: "revideret og afventer godkendelse", en: "revised, awaiting approval")[language]
        case .recruitmentInProgress: Localized(da: "rekruttering i gang", en: "recruitment in progress")[language]
        case .beingEmbedded: Localized(da: "indarbejdes", en: "being embedded")[language]
        case .inUse: Localized(da: "tilknyttet og i brug", en: "attached and in use")[language]
        case .implemented: Localized(da: "implementeret", en: "implemented")[language]
        case .completed: Localized(da: "gennemført", en: "completed")[language]
        case .postponed: Localized(da: "udskudt", en: "postponed")[language]
        case .cancelled: Localized(da: "opgivet", en: "cancelled")[language]
        }
    }

    // MARK: Forslag til nye tiltag

    /// The title of a proposal form.
    var proposalTitle: String { Localized(da: "Forslag til nye tiltag", en: "Proposal for new measures")[language] }
    /// Heading before questions 1–5 (seed 000's wording in Danish).
    var questionsForWorkingGroup: String {
        Localized(
            da: "Spørgsmål til arbejdsgruppen",
            en: "Questions for the working group")[language]
    }
    /// Heading before questions 6–10.
    var questionsForImplementationGroup: String {
        Localized(
            da: "Spørgsmål til implementeringsgruppen",
            en: "Questions for the implementation group")[language]
    }
    /// Header label: the working group.
    var courseWorkingGroup: String { Localized(da: "Arbejdsgruppe", en: "Working group")[language] }
    /// Header label: the story meeting number.
    var storyMeeting: String { Localized(da: "Praksisfortællingsmøde nr.", en: "Story meeting no.")[language] }
    /// Header label and column title: the proposal's stage.
    var stage: String { Localized(da: "Status", en: "Stage")[language] }
    /// Stage labels.
    func stages(_ value: Proposal.Stage) -> String {
        switch value {
        case .draft: Localized(da: "Udkast", en: "Draft")[language]
        case .handedToImplementationGroup: Localized(da: "Overdraget til implementeringsgruppen", en: "Handed to the implementation group")[language]
        case .prioritised: Localized(da: "Prioriteret", en: "Prioritised")[language]
        case .notPrioritised: Localized(da: "Ikke prioriteret", en: "Not prioritised")[language]
        case .postponed: Localized(da: "Udskudt", en: "Postponed")[language]
        case .inImplementation: Localized(da: "Under implementering", en: "In implementation")[language]
        case .evaluated: Localized(da: "Evalueret", en: "Evaluated")[language]
        }
    }
    /// Decision meeting names.
    func meetings(_ value: Proposal.DecisionMeeting) -> String {
        switch value {
        case .midwayMeeting: Localized(da: "Midtvejsmøde", en: "Midway meeting")[language]
        case .closingMeeting: Localized(da: "Afsluttende møde", en: "Closing meeting")[language]
        }
    }
    /// Heading of the decided actions.
    var decisionsHeading: String {
        Localized(
            da: "Implementeringsgruppens beslutninger",
            en: "The implementation group's decisions")[language]
    }
    /// Column title: what is to be done.
    var what: String { Localized(da: "Hvad", en: "What")[language] }
    /// Heading of the coordination section.
    var coordinationHeading: String { Localized(da: "Koordinering", en: "Coordination")[language] }
    /// Label: coordination with other working groups.
    var withOtherWorkingGroups: String { Localized(da: "Med andre arbejdsgrupper", en: "With other working groups")[language] }
    /// Label: coordination with MED-udvalget / arbejdsmiljøorganisationen.
    var withCommittee: String {
        Localized(
            da: "Med MED-udvalget/arbejdsmiljøorganisationen",
            en: "With MED-udvalget / the arbejdsmiljøorganisation")[language]
    }
    /// "Ja".
    var yes: String { Localized(da: "Ja", en: "Yes")[language] }
    /// "Nej".
    var no: String { Localized(da: "Nej", en: "No")[language] }
    /// Heading of the evaluation section.
    var evaluationHeading: String { Localized(da: "Evaluering", en: "Evaluation")[language] }
    /// Label: when the evaluation takes place.
    var evaluationWhen: String { Localized(da: "Hvornår", en: "When")[language] }
    /// Label: how the evaluation is done.
    var evaluationHow: String { Localized(da: "Hvordan", en: "How")[language] }
    /// Heading of the lifecycle table.
    var lifecycleHeading: String { Localized(da: "Forløb", en: "History")[language] }
    /// Column title: a remark.
    var remark: String { Localized(da: "Bemærkning", en: "Remark")[language] }

    // MARK: Citizen handleplan

    /// The default title of a citizen plan.
    var citizenPlanTitle: String {
        Localized(
            da: "Handleplan for arbejdet med en borger",
            en: "Action plan for the work with a citizen")[language]
    }
    /// Header label: the improvement notice.
    var improvementNotice: String { Localized(da: "Påbud", en: "Improvement notice (påbud)")[language] }
    /// Heading: purpose and background.
    var purposeAndBackgroundHeading: String { Localized(da: "Formål og baggrund", en: "Purpose and background")[language] }
    /// Heading: the concrete measures.
    var concreteMeasuresHeading: String { Localized(da: "Konkrete tiltag", en: "Concrete measures")[language] }
    /// Heading: follow-up and evaluation.
    var followUpHeading: String { Localized(da: "Opfølgning og evaluering", en: "Follow-up and evaluation")[language] }
    /// Label: the next evaluation.
    var nextEvaluation: String { Localized(da: "Næste evaluering", en: "Next evaluation")[language] }
    /// Label: who is responsible for follow-up.
    var overallResponsible: String { Localized(da: "Ansvarlig for opfølgning", en: "Responsible for follow-up")[language] }
    /// Heading: the overview of measures.
    var measuresOverviewHeading: String { Localized(da: "Oversigt over tiltag", en: "Overview of measures")[language] }
    /// Column title: a measure.
    var measure: String { Localized(da: "Tiltag", en: "Measure")[language] }
    /// Column title: a track.
    var track: String { Localized(da: "Spor", en: "Track")[language] }
    /// Header label: the plan's start.
    var start: String { Localized(da: "Start", en: "Start")[language] }

    // MARK: Trivselsgruppe plan

    /// The default title of a Trivselsgruppe plan.
    var wellbeingPlanTitle: String { Localized(da: "Trivselsgruppens plan", en: "The Trivselsgruppe's plan")[language] }
    /// Heading of step 1.
    var stepOneHeading: String {
        Localized(
            da: "Første trin: Hvem er med i Trivselsgruppen?",
            en: "Step 1: Who is in the Trivselsgruppe?")[language]
    }
    /// Heading of step 2.
    var stepTwoHeading: String { Localized(da: "Andet trin: Indhold og mål", en: "Step 2: Content and goals")[language] }
    /// Heading of step 3.
    var stepThreeHeading: String { Localized(da: "Tredje trin: Plan for aktiviteter", en: "Step 3: Activity plan")[language] }
    /// Column title: a member's name.
    var memberName: String { Localized(da: "Navn", en: "Name")[language] }
    /// Column title: a member's job title.
    var memberTitle: String { Localized(da: "Titel", en: "Title")[language] }
    /// Column title: a member's role and responsibility.
    var roleAndResponsibility: String { Localized(da: "Rolle og ansvar", en: "Role and responsibility")[language] }
    /// Column title: an activity.
    var activity: String { Localized(da: "Aktivitet", en: "Activity")[language] }
    /// Column title: who it is for and what happens when.
    var activityDescription: String { Localized(da: "Beskrivelse", en: "Description")[language] }
    /// Heading: the status meetings.
    var statusMeetingsHeading: String { Localized(da: "Statusmøder", en: "Status meetings")[language] }
    /// Column title: the deadline and who is responsible, seed 001's "Deadline og Ansvarlig".
    var deadlineAndResponsible: String { Localized(da: "Deadline og Ansvarlig", en: "Deadline and responsible")[language] }
    /// The word before a dated deadline in that column, "Deadline".
    var deadlineWord: String { Localized(da: "Deadline", en: "Deadline")[language] }
    /// Title of the box with seed 001's links.
    var guideLinks: String {
        Localized(
            da: "Links fra guiden til Socialstyrelsen (»se skema her«): redskaber til forebyggelse af voldsomme episoder og de nationale retningslinjer",
            en: "Links in the guide to Socialstyrelsen (»se skema her«): tools for preventing violent episodes and the national guidelines")[language]
    }

    /// The label of a status.
    func statusLabel(_ status: MeasureStatus) -> String {
        statuses(status)
    }

    /// The label of an author role.
    func roleLabel(_ role: PlanAuthor.Role) -> String {
        roles(role)
    }

    /// The adverb of an interval.
    func intervalLabel(_ interval: Timing.Interval) -> String {
        intervals(interval)
    }
}
