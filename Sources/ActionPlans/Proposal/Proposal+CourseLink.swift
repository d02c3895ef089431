public import ForebygCore

extension Proposal {
    /// Where in the course (*forebyggelsesforløbet*) a proposal comes from, as plain values so
    /// that this module need not know the course model.
    public struct CourseLink: Hashable, Sendable, Codable {
        /// The working group's identifier in the course, for example `ag-1`.
        public var workingGroup: WorkingGroupID?
        /// The number of the story meeting (*praksisfortællingsmøde*, PF), 1–6.
        public var storyMeeting: Int?
        /// The story's theme, for example "Retningslinjer for alenearbejde".
        public var theme: String?

        /// Creates a course link.
        public init(workingGroup: WorkingGroupID? = nil, storyMeeting: Int? = nil, theme: String? = nil) {
            self.workingGroup = workingGroup
            self.storyMeeting = storyMeeting
            self.theme = theme
        }
    }
}
