public import ForebygCore

// The fast path of decoding (`JSONTapeDecodable` in ForebygCore) for the rows of a workplace
// plan, the bulk of a batch of plans, and their status entries (which every plan's measures
// share). Each reads the members of its `init(from:)` in the same
// order, so values and errors are those of the `Codable` path.

extension WorkplaceActionPlan.Row: JSONTapeDecodable {
    /// Decodes a row from the members of one object.
    @usableFromInline
    package init(from object: inout JSONObjectReader) throws {
        self.init(
            id: try object.decode(MeasureID.self, "id"),
            focusArea: try object.decode(String.self, "focusArea"),
            whatHowWhen: try object.decode(String.self, "whatHowWhen"),
            timing: try object.decodeIfPresent([Timing].self, "timing") ?? [],
            deadline: try object.decodeIfPresent(CalendarDate.self, "deadline"),
            responsible: try object.decodeIfPresent([String].self, "responsible") ?? [],
            responsibilities: try object.decodeIfPresent(String.self, "responsibilities"),
            statusHistory: try object.decodeIfPresent([StatusEntry].self, "statusHistory") ?? [],
            goal: try object.decode(String.self, "goal"),
            proposal: try object.decodeIfPresent(ProposalID.self, "proposal"))
    }
}

extension StatusEntry: JSONTapeDecodable {
    /// Decodes a status entry from the members of one object.
    @usableFromInline
    package init(from object: inout JSONObjectReader) throws {
        self.init(
            date: try object.decodeIfPresent(CalendarDate.self, "date"),
            status: try object.decodeIfPresent(MeasureStatus.self, "status"),
            note: try object.decodeIfPresent(String.self, "note"))
    }
}
