import DocumentTree
import ForebygCore

extension CoursePhase {
    /// The phases as a timeline table; `sparring` inserts the sparringsmøder of støtteark 5.
    static func timelineTable(name: String, sparring: Bool, in language: Language) -> Table {
        let strings = CourseModelStrings.for(language)
        return Table(
            name: name,
            columns: [
                .init(title: strings.phase, key: "phase"), .init(title: strings.span, key: "span"),
                .init(title: strings.activities, key: "activities"), .init(title: strings.timeUse, key: "hours"),
            ],
            rows: allCases.map { phase in
                let activities = sparring ? phase.activitiesWithSparring : phase.activities
                return [
                    InlineText("\(phase.number). \(phase.danishName)"), InlineText(phase.span),
                    InlineText(activities.joined(separator: "\n")), InlineText(phase.timeUse.joined(separator: "\n")),
                ]
            },
            firstColumnIsRowHeader: true)
    }

    /// The activities with støtteark 5's two sparringsmøder in phase 3, after the second and
    /// the fifth story meeting (the seed's graphic is lost in the text; see the docs).
    var activitiesWithSparring: [String] {
        guard self == .discussion else { return activities }
        var result = activities
        result.insert("Sparringsmøde", at: 7)
        result.insert("Sparringsmøde", at: 2)
        return result
    }
}
