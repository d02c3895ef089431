extension IncidentLog {
    /// The log prepared for sharing beyond the team: every piece of free text removed
    /// (descriptions, consequences in words, the other form's description, learning-talk
    /// participants) and every staff and citizen reference replaced by its pseudonym under `key`.
    ///
    /// What the analysis needs stays: times, locations, professional groups, categories, forms,
    /// consequences, levels and learning-talk dates, so the redacted log's report has the same
    /// figures, with pseudonyms where references were.
    public func redacted(with key: PseudonymKey) -> IncidentLog {
        var copy = self
        copy.incidents = incidents.map { $0.redacted(with: key) }
        return copy
    }
}

extension Incident {
    /// The incident without free text and with pseudonyms for people.
    func redacted(with key: PseudonymKey) -> Incident {
        var copy = self
        copy.affected.staff = key.staffPseudonym(for: affected.staff)
        copy.citizen = citizen.map(key.citizenPseudonym)
        copy.otherForm = nil
        copy.consequencesText = nil
        copy.description = nil
        copy.followUp?.participants = []
        return copy
    }
}
