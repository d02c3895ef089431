public import ForebygCore

extension WellbeingGroupPlan {
    /// A member of the Trivselsgruppe: Navn | Titel | Rolle og ansvar.
    public struct Member: Hashable, Sendable, Codable {
        /// The member's name; optional, as on seed 001's blank rows.
        public var name: String?
        /// The member's title, for example "Leder" or "Arbejdsmiljørepræsentant".
        public var title: String?
        /// The member's role and responsibility in the group.
        public var roleAndResponsibility: String?

        /// Creates a member.
        public init(name: String? = nil, title: String? = nil, roleAndResponsibility: String? = nil) {
            self.name = name
            self.title = title
            self.roleAndResponsibility = roleAndResponsibility
        }
    }

    /// One row of the activity plan: Aktivitet | Beskrivelse | Status | Deadline og Ansvarlig (one printed column; the deadline and who is responsible stay separate fields).
    public struct Activity: Hashable, Sendable, Codable {
        /// Whether a row is an ordinary activity or one of the group's status meetings.
        public enum Kind: String, CaseIterable, Hashable, Sendable, AbsentDefault {
            /// An activity.
            case activity
            /// A status meeting of the group (*statusmøde*).
            case statusMeeting

            /// A row that names no kind is an activity.
            public static var absentValue: Self { .activity }
        }

        /// The activity's identifier, unique within the plan.
        public var id: MeasureID
        /// An activity or a status meeting.
        @Defaulted public var kind: Kind
        /// A heading or very short description (*aktivitet*).
        public var activity: String
        /// Who it is for and what happens when (*beskrivelse*).
        public var description: String
        /// The target group (*målgruppe*), when given apart from the description.
        public var targetGroup: String?
        /// When it happens, in structured form, where the description says.
        @OmittedWhenEmpty public var timing: [Timing]
        /// The dated statuses (*skriv dato og status*), oldest first.
        @OmittedWhenEmpty public var statusHistory: [StatusEntry]
        /// The deadline.
        public var deadline: CalendarDate?
        /// The deadline in the plan's words when it is not a date, for example "Deadline d. xx.xx.".
        public var deadlineNote: String?
        /// The members responsible.
        @OmittedWhenEmpty public var responsible: [String]
        /// Who is responsible, in the plan's words, when it says more than names.
        public var responsibilities: String?

        /// Creates an activity.
        public init(
            id: MeasureID, kind: Kind = .activity, activity: String, description: String, targetGroup: String? = nil,
            timing: [Timing] = [], statusHistory: [StatusEntry] = [], deadline: CalendarDate? = nil,
            deadlineNote: String? = nil, responsible: [String] = [], responsibilities: String? = nil
        ) {
            self.id = id
            self.kind = kind
            self.activity = activity
            self.description = description
            self.targetGroup = targetGroup
            self.timing = timing
            self.statusHistory = statusHistory
            self.deadline = deadline
            self.deadlineNote = deadlineNote
            self.responsible = responsible
            self.responsibilities = responsibilities
        }
    }
}
