import ActionPlans
import CourseModel
import ForebygCore
import IncidentAnalysis
import LearningMethods
import RiskTools
import Testing
@testable import ForebygCommandLine
import ForebygDocuments

/// Values built in Swift get the checks decoding would give them: counts below 1, empty
/// identifiers, numbers beyond their bounds, and NaN or infinity in `Double` fields (which JSON
/// cannot hold, and which `DocumentCodec.encode` cannot write) are validation errors at their path.
@Suite struct CodeBuiltValueTests {
    private func example<Value: VersionedDocument>(_ type: Value.Type) throws -> Value {
        try #require(ExampleCatalog.all.lazy.compactMap { $0.document as? Value }.first)
    }

    private func errors(_ document: some VersionedDocument) -> [String] {
        document.validate().errors.map { "\($0.code) \($0.path)" }
    }

    @Test func timingCountsAndEmptyIdsInAWorkplacePlan() throws {
        var plan = try example(WorkplaceActionPlan.self)
        plan.rows[0].timing = [.timesPer(0, .day), .timesPer(1_000_000_000, .week)]
        plan.rows[0].id = MeasureID("")
        let found = errors(plan)
        #expect(found.contains("plan.timingCountOutOfBounds $.rows[0].timing[0].count"))
        #expect(found.contains("plan.timingCountOutOfBounds $.rows[0].timing[1].count"))
        #expect(found.contains("plan.emptyID $.rows[0].id"))
    }

    @Test func proposalStoryMeetingAndId() throws {
        var proposal = try example(Proposal.self)
        proposal.course = .init(storyMeeting: Int.max)
        proposal.id = ProposalID("")
        let found = errors(proposal)
        #expect(found.contains("proposal.storyMeeting $.course.storyMeeting"))
        #expect(found.contains("plan.emptyID $.id"))
    }

    @Test(arguments: [Int.min, -1, 0, 92, 1_000_000_000, Int.max])
    func courseStoryMeetingsOutsideTheirBoundsAreErrors(count: Int) throws {
        var course = try example(CourseConfiguration.self)
        course.storyMeetingCount = count
        course.intervalDays = count
        let found = errors(course)
        #expect(found.contains("course.storyMeetingCountOutOfBounds $.storyMeetingCount"))
        #expect(found.contains("course.intervalOutOfBounds $.intervalDays"))
    }

    @Test func emptyCourseIds() throws {
        var course = try example(CourseConfiguration.self)
        course.workingGroups[0].id = ""
        #expect(errors(course).contains("course.emptyID $.workingGroups[0].id"))
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity, 1e308, -1])
    func nonFiniteAndOutOfBoundsDoubles(value: Double) throws {
        var episode = try example(EpisodeReflection.self)
        episode.affectCurve?.chaosLine = value
        #expect(errors(episode).contains { $0.hasSuffix("$.affectCurve.chaosLine") })

        var fit = try example(FITSeries.self)
        fit.cutoffs = FITCutoffs(orsAdult: value, orsChild: 32, srsAlliance: 36)
        #expect(errors(fit).contains { $0.hasSuffix("$.cutoffs.orsAdult") })

        var log = try example(IncidentLog.self)
        log.parameters = AnalysisParameters(nearMissShareThreshold: value, repeatCount: 3, repeatWindowDays: 30, followUpDays: 3)
        #expect(errors(log).contains { $0.hasSuffix("$.parameters.nearMissShareThreshold") })

        var board = try example(BoardMeeting.self)
        board.measures[0].points[0].value = value == -1 ? 2e9 : value
        board.measures[0].target = value == -1 ? -2e9 : value
        #expect(errors(board).contains { $0.hasSuffix("$.measures[0].points[0].value") })
        #expect(errors(board).contains { $0.hasSuffix("$.measures[0].target") })
    }

    @Test(arguments: [Int.min, -1, 1440, Int.max])
    func bvcSettingsBuiltInCode(value: Int) throws {
        var series = try example(BVCSeries.self)
        series.configuration = BVCConfiguration(
            shiftHours: ShiftHours(dayStart: .midnight, eveningStart: .midnight, nightStart: .midnight),
            bands: BVCBands(moderateFrom: value, veryHighFrom: value), activeFromScore: value)
        series.schedule?.months = value
        let found = errors(series)
        #expect(found.contains("bvc.shiftHoursInconsistent $.configuration.shiftHours"))
        #expect(found.contains("bvc.bandsInconsistent $.configuration.bands"))
        #expect(found.contains("bvc.activeFromScoreOutOfRange $.configuration.activeFromScore"))
        #expect(found.contains("bvc.scheduleMonthsOutOfBounds $.schedule.months"))

        var skema = try example(Mestringsskema.self)
        skema.reviewIntervalDays = value
        #expect(errors(skema).contains("mestringsskema.reviewInterval $.reviewIntervalDays"))
    }
}

/// Writing JSON never stops the program: a number JSON cannot hold is an error with its path.
@Suite struct EncodingNeverTrapsTests {
    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func aNonFiniteNumberIsAnErrorAtItsPath(value: Double) throws {
        var log = IncidentExamples.month
        log.parameters = AnalysisParameters(nearMissShareThreshold: value, repeatCount: 3, repeatWindowDays: 30, followUpDays: 3)
        #expect(log.validate().containsErrors, "validate reports it first")
        let error = try #require(throws: DocumentOutputError.self) { try DocumentCodec.encode(log) }
        #expect(error.path.description == "$.parameters.nearMissShareThreshold")
        #expect(error.diagnostic.code == .outputNotEncodable)
    }
}
