import ActionPlans
import DocumentTree
import ForebygCore
import Testing

/// The queries against hand-worked expectations on seed 004's plan.
@Suite struct PlanQueryTests {
    let plan = PlanExamples.seed004CitizenPlan
    static func day(_ month: Int, _ day: Int) -> CalendarDate { try! CalendarDate(year: 2026, month: month, day: day) }

    @Test func statusOfEveryMeasureAsOfTheStatusDay() {
        let standing = plan.statuses(asOf: Self.day(2, 17))
        #expect(standing.count == 13)
        let statuses = standing.map { $0.entry?.status }
        #expect(statuses == [
            .implemented, .inProgress,
            .revisedAwaitingApproval, .revisedAwaitingApproval, .inPreparation, .inUse, .implemented,
            .beingEmbedded, nil, .implemented, .implemented,
            .recruitmentInProgress, nil,
        ])
        #expect(standing[8].measure.title.hasPrefix("Action card"))
    }

    @Test func nothingIsKnownTheDayBefore() {
        #expect(plan.statuses(asOf: Self.day(2, 16)).allSatisfy { $0.entry == nil })
    }

    @Test func everyoneReportsToLedelsen() {
        let groups = plan.measuresByResponsible()
        #expect(groups.map(\.responsible) == ["Ledelsen"])
        #expect(groups.first?.measures.count == 13)
    }

    @Test func changesBetweenTwoDatesExcludeTheStartDay() {
        let changes = plan.changes(from: Self.day(2, 1), to: Self.day(2, 17))
        #expect(changes.count == 11)
        #expect(changes.allSatisfy { $0.previous == nil })
        #expect(changes.map(\.measure.id.rawValue).prefix(3) == ["generel-introduktion", "saerlig-introduktion", "risikovurdering"])
        #expect(plan.changes(from: Self.day(2, 17), to: Self.day(2, 28)).isEmpty)
    }

    /// Seed 004 with deadlines and a second snapshot, worked by hand:
    /// aktivitetsbeskrivelser due 01.03 (under udarbejdelse) and bemanding due 28.02
    /// (rekruttering i gang until 15.03, then implementeret); generel introduktion due 01.02 is implemented.
    var followedUp: CitizenActionPlan {
        var plan = plan
        plan.tracks[0].measures[0].deadline = Self.day(2, 1)
        plan.tracks[1].measures[2].deadline = Self.day(3, 1)
        plan.tracks[3].measures[0].deadline = Self.day(2, 28)
        plan.asOf = Self.day(3, 15)
        plan.statusSnapshots.append(.init(date: Self.day(3, 15), entries: [
            .init(measure: "bemanding", status: .implemented, note: "To nye medarbejdere ansat"),
        ]))
        return plan
    }

    @Test func overdueMeasuresAtADate() {
        #expect(plan.overdueMeasures(at: Self.day(3, 2)).isEmpty)
        #expect(followedUp.overdueMeasures(at: Self.day(2, 28)).isEmpty)
        #expect(followedUp.overdueMeasures(at: Self.day(3, 1)).map(\.id) == ["bemanding"])
        #expect(followedUp.overdueMeasures(at: Self.day(3, 2)).map(\.id) == ["aktivitetsbeskrivelser", "bemanding"])
        #expect(followedUp.overdueMeasures(at: Self.day(3, 16)).map(\.id) == ["aktivitetsbeskrivelser"])
    }

    @Test func overdueMeasuresAreFindingsAndShownInTheDocument() throws {
        let findings = followedUp.validate(asOf: Self.day(3, 2)).findings
        #expect(findings.map(\.path.description) == ["$.tracks[1].measures[2].deadline", "$.tracks[3].measures[0].deadline"])
        #expect(findings[1].message == "the deadline 2026-02-28 of \"bemanding\" has passed as of 2026-03-02 and its status is \"recruitmentInProgress\"")
        // The document shows the measures overdue as of the plan's own day, 15 March.
        let table = try #require(followedUp.document(in: .danish).tables.first { $0.name == "overdue-measures" })
        #expect(table.rows.map { $0.map(\.plainText) } == [["aktivitetsbeskrivelser", "Aktivitetsbeskrivelser", "01.03.2026", "under udarbejdelse"]])
        #expect(plan.document(in: .danish).tables.allSatisfy { $0.name != "overdue-measures" })
    }

    @Test func changeRecordsThePreviousStatus() throws {
        let changes = followedUp.changes(from: Self.day(2, 17), to: Self.day(3, 31))
        #expect(changes.count == 1)
        let change = try #require(changes.first)
        #expect(change.measure.id == "bemanding")
        #expect(change.previous?.status == .recruitmentInProgress)
        #expect(change.current.status == .implemented)
        #expect(change.current.date == Self.day(3, 15))
        #expect(followedUp.validate().withoutFindings.isEmpty)
        // As of 15 March, "aktivitetsbeskrivelser" (deadline 1 March, still in preparation) is overdue.
        #expect(followedUp.validate().findings.map(\.path.description) == ["$.tracks[1].measures[2].deadline"])
        #expect(followedUp.validate().findings.map(\.code) == [.findingPlanMeasureOverdue])
    }

    @Test func workplacePlanQueriesUseRows() {
        let groups = PlanExamples.seed003WorkplacePlan.measuresByResponsible()
        #expect(groups.map(\.responsible) == ["Leder", "AMR", "Alle", "Den daglige koordinator", "Koordinator"])
        #expect(groups[0].measures.map(\.id) == ["moeder", "analyse-af-registreringer", "kompetenceudvikling"])
        #expect(groups[1].measures.map(\.id) == ["moeder", "analyse-af-registreringer", "introduktion-og-oplaering"])
    }
}
