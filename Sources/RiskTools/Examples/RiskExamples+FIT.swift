import ForebygCore

extension RiskExamples {
    /// Five FIT sessions with a new citizen, after seed 002's example: at the first session the
    /// citizen fills in the ORS but declines the SRS; well-being then rises session by session.
    public static var fitSeries: FITSeries {
        FITSeries(citizen: "borger-3", sessions: [
            FITSession(date: CalendarDate("2026-01-12"), staff: "medarbejder-NP", ors: ors(3.1, 2.0, 3.5, 3.8), note: "Ønsker ikke at udfylde SRS: »Lad mig nu se, om du kommer igen«."),
            FITSession(date: CalendarDate("2026-01-19"), staff: "medarbejder-NP", ors: ors(4.0, 3.2, 3.8, 4.0), srs: srs(7.0, 7.5, 8.0, 8.0)),
            FITSession(date: CalendarDate("2026-02-02"), staff: "medarbejder-NP", ors: ors(5.1, 4.4, 5.0, 5.0), srs: srs(8.5, 8.0, 8.5, 8.5)),
            FITSession(date: CalendarDate("2026-02-16"), staff: "medarbejder-NP", ors: ors(6.2, 5.5, 6.0, 6.1), srs: srs(9.0, 9.0, 9.2, 9.3)),
            FITSession(date: CalendarDate("2026-03-02"), staff: "medarbejder-NP", ors: ors(7.0, 6.5, 6.6, 7.0), srs: srs(9.5, 9.4, 9.6, 9.5)),
        ])
    }

    static func ors(_ individual: Double, _ close: Double, _ social: Double, _ overall: Double) -> ORSRatings {
        ORSRatings(individual: FITRating(individual)!, closeRelationships: FITRating(close)!, social: FITRating(social)!, overall: FITRating(overall)!)
    }

    static func srs(_ relationship: Double, _ goals: Double, _ approach: Double, _ overall: Double) -> SRSRatings {
        SRSRatings(relationship: FITRating(relationship)!, goalsAndTopics: FITRating(goals)!, approachOrMethod: FITRating(approach)!, overall: FITRating(overall)!)
    }
}
