import ForebygCore

extension RiskExamples {
    /// A filled Mestringsskema with two revisions and a month of daily levels: six red days
    /// (levels 1 and 2), of which four (11, 17, 18 and 19 March) have no BVC scoring and are the
    /// schema's findings, and a review overdue at the end of the month. The level descriptions,
    /// notes and scorings are the package's own invented text, not seed text.
    public static var mestringsskema: Mestringsskema {
        let citizen: PseudonymousReference = "borger-12"
        let first = MestringsskemaRevision(date: CalendarDate("2026-01-05"), staff: "medarbejder-AK", levels: levelDescriptions(staffActionsAtTwo: "Tilbyd en gåtur eller en kop kaffe på værelset. Tal roligt og kort."))
        let second = MestringsskemaRevision(
            date: CalendarDate("2026-02-02"), staff: "medarbejder-LM",
            levels: levelDescriptions(staffActionsAtTwo: "Tilbyd en gåtur eller en kop kaffe på værelset. Tal roligt og kort. Stil ingen krav om oprydning samme dag."),
            changes: "Efter episoden 28.01: faglig indsats på niveau 2 udvidet med, at der ikke stilles krav om oprydning samme dag.")
        let levels: [Int] = [3, 3, 4, 3, 3, 3, 4, 3, 2, 1, 2, 3, 3, 4, 4, 3, 2, 1, 2, 3, 3, 3, 4, 5, 4, 3, 3, 3, 3, 4, 3]
        let log = levels.enumerated().map { offset, number in
            CopingLevelEntry(date: CalendarDate("2026-03-01").adding(days: offset), level: CopingLevel(rawValue: number)!)
        }
        let bvc = [
            BVCAssessment(citizen: citizen, time: LocalDateTime("2026-03-09T19:30"), shift: .evening, assessor: "medarbejder-LM", answers: BVCAnswers(present: [.irritability])),
            BVCAssessment(citizen: citizen, time: LocalDateTime("2026-03-10T09:15"), shift: .day, assessor: "medarbejder-AK", answers: BVCAnswers(present: [.irritability, .boisterousness, .verbalThreats])),
            BVCAssessment(citizen: citizen, time: LocalDateTime("2026-03-10T17:00"), shift: .evening, assessor: "medarbejder-LM", answers: BVCAnswers(present: [.irritability, .boisterousness])),
        ]
        return Mestringsskema(citizen: citizen, revisions: [first, second], log: log, bvcAssessments: bvc)
    }

    static func levelDescriptions(staffActionsAtTwo: String) -> [CopingLevelDescription] {
        [
            CopingLevelDescription(
                level: .five, behaviour: "Deltager i fællesspisning og tager initiativ til aktiviteter.",
                state: "Sover godt og har haft besøg af sin søster.",
                citizenActions: "Fortsætter med daglige gåture og holder kontakt til familien.",
                staffActions: "Anerkend initiativet og støt planer for weekenden."),
            CopingLevelDescription(
                level: .four, behaviour: "Hilser, smiler og hjælper gerne til i køkkenet.",
                state: "God struktur på dagen; tager sin medicin.",
                citizenActions: "Holder fast i ugeskemaet.", staffActions: "Tal om, hvad der gør dagen god."),
            CopingLevelDescription(
                level: .three, behaviour: "Opholder sig mest på værelset, kommer til måltider.",
                state: "Habituel tilstand: rolig, lidt indadvendt.",
                citizenActions: "Siger til, hvis noget bekymrer.", staffActions: "Kig forbi to gange i løbet af dagen."),
            CopingLevelDescription(
                level: .two, behaviour: "Går uroligt rundt, taler højt og svarer kort.",
                state: "Dårlig søvn, bekymringer om økonomi.",
                citizenActions: "Går en tur eller hører musik på værelset.", staffActions: staffActionsAtTwo),
            CopingLevelDescription(
                level: .one, behaviour: "Råber, smækker med døre og truer verbalt.",
                state: "Har ikke sovet; ofte efter brev fra kommunen.",
                citizenActions: "Trækker sig til værelset og siger: »Jeg har brug for ro«.",
                staffActions: "BVC scores hver vagt. Giv afstand, vær to medarbejdere, ingen krav. Følg de sikkerhedsmæssige retningslinjer for BVC-aktive borgere."),
        ]
    }
}
