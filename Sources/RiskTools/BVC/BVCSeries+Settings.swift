public import ForebygCore

extension BVCSeries {
    /// The risk band of an assessment under the series' own settings (``settings``), or under
    /// `configuration` when one is given to override them.
    public func band(of assessment: BVCAssessment, in configuration: BVCConfiguration? = nil) -> BVCBand {
        assessment.band(in: configuration ?? settings)
    }

    /// Whether an assessment makes the citizen *BVC-aktiv* under the series' own settings, or
    /// under `configuration` when one is given to override them.
    public func isActive(_ assessment: BVCAssessment, in configuration: BVCConfiguration? = nil) -> Bool {
        assessment.isActive(in: configuration ?? settings)
    }

    /// The date of an assessment's shift under the series' own shift hours, or under
    /// `configuration`'s when one is given to override them.
    public func shiftDate(of assessment: BVCAssessment, in configuration: BVCConfiguration? = nil) -> CalendarDate {
        assessment.shiftDate(in: configuration ?? settings)
    }
}
