#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import ForebygTestSupport
import Testing
@testable import IncidentAnalysis

/// Invalid records give errors that name their paths: decoding errors for what JSON cannot be,
/// diagnostics for what the rules forbid.
@Suite struct ValidationTests {
    private static let fixture = RepositoryFiles.fixture("incident-log-month", ofModule: "IncidentAnalysis")

    /// The month with its first incident changed.
    private func monthWithFirstIncident(_ change: (inout Incident) -> Void) -> IncidentLog {
        var log = IncidentExamples.month
        change(&log.incidents[0])
        return log
    }

    @Test(arguments: [0, 11, -3, 100])
    func affectedLevelOutsideOneToTenIsAnError(level: Int) {
        let diagnostics = monthWithFirstIncident { $0.affectedLevel = level }.validate()
        #expect(diagnostics.map(\.code) == [.incidentAffectedLevelOutOfRange])
        #expect(diagnostics.first?.path.description == "$.incidents[0].affectedLevel")
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.message.contains("found \(level)") == true)
    }

    @Test(arguments: [1, 10])
    func affectedLevelsAtTheEndsAreValid(level: Int) {
        #expect(monthWithFirstIncident { $0.affectedLevel = level }.validate().withoutFindings.isEmpty)
    }

    @Test func anUnknownCategoryIsADecodingErrorWithItsPath() throws {
        var text = String(decoding: try Data(contentsOf: Self.fixture), as: UTF8.self)
        text = text.replacing("\"category\" : \"physicalViolence\"", with: "\"category\" : \"fysiskVold\"", maxReplacements: 1)
        let error = #expect(throws: DocumentInputError.self) {
            try DocumentCodec.decode(IncidentLog.self, from: Data(text.utf8))
        }
        #expect(error?.kind == .invalidValue)
        #expect(error?.path.description == "$.incidents[0].category")
    }

    @Test func aTimeAfterTheAnalysisDateIsAnError() {
        let log = monthWithFirstIncident {
            $0.time = LocalDateTime(isoString: "2026-03-03T00:00")!
            $0.followUp = nil
        }
        let diagnostics = log.validate()
        #expect(diagnostics.map(\.code) == [.incidentTimeInFuture])
        #expect(diagnostics.first?.path.description == "$.incidents[0].time")
    }

    @Test func aTimeOnTheAnalysisDateIsValid() {
        let log = monthWithFirstIncident {
            $0.time = LocalDateTime(isoString: "2026-03-02T23:59")!
            $0.followUp = FollowUp(date: CalendarDate(isoString: "2026-03-02")!)
        }
        #expect(log.validate().withoutFindings.isEmpty)
    }

    @Test func aFollowUpBeforeTheIncidentIsAnError() {
        let log = monthWithFirstIncident { $0.followUp = FollowUp(date: CalendarDate(isoString: "2026-01-31")!) }
        let diagnostics = log.validate()
        #expect(diagnostics.map(\.code) == [.incidentFollowUpBeforeIncident])
        #expect(diagnostics.first?.path.description == "$.incidents[0].followUp.date")
    }

    @Test func aFollowUpAfterTheAnalysisDateIsAnError() {
        let log = monthWithFirstIncident { $0.followUp = FollowUp(date: CalendarDate(isoString: "2026-03-03")!) }
        #expect(log.validate().map(\.code) == [.incidentFollowUpInFuture])
        #expect(log.validate().first?.path.description == "$.incidents[0].followUp.date")
    }

    @Test func duplicateIdentifiersAreAnError() {
        var log = IncidentExamples.month
        log.incidents[3].id = log.incidents[1].id
        #expect(log.validate().map(\.code) == [.incidentDuplicateID])
        #expect(log.validate().first?.path.description == "$.incidents[3].id")
    }

    @Test func anUndeclaredLocationIsAWarning() {
        let diagnostics = monthWithFirstIncident { $0.location = "Kælder" }.validate().withoutFindings
        #expect(diagnostics.map(\.code) == [.incidentUnknownLocation])
        #expect(diagnostics.first?.severity == .warning)
        #expect(!diagnostics.containsErrors)
    }

    @Test func headerRules() {
        var log = IncidentExamples.month
        log.workplace = " "
        log.period = AnalysisPeriod(start: log.period.end, end: log.period.start)
        log.shifts = [Shift(name: "dag", start: ClockTime(hour: 7)!), Shift(name: "også dag", start: ClockTime(hour: 7)!)]
        log.parameters = AnalysisParameters(nearMissShareThreshold: 1.5, repeatCount: 1, repeatWindowDays: 0, followUpDays: -1)
        #expect(log.validate().map(\.code) == [
            .incidentLogNoWorkplace, .incidentLogPeriodReversed, .incidentLogInvalidShifts,
            .parametersNearMissShareOutOfRange, .parametersRepeatCountOutOfBounds, .parametersRepeatWindowOutOfBounds,
            .parametersFollowUpDaysOutOfBounds,
        ])
        #expect(log.validate().map(\.path.description)[3] == "$.parameters.nearMissShareThreshold")
    }

    @Test func anOtherFormDescriptionWithoutTheOtherFormIsAWarning() {
        let diagnostics = monthWithFirstIncident { $0.otherForm = "Hårtræk" }.validate().withoutFindings
        #expect(diagnostics.map(\.code) == [.incidentOtherFormWithoutOther])
    }

    @Test(arguments: [
        ("\"affectedLevel\" : 6", "\"affectedLevel\" : \"6\"", DocumentInputError.Kind.wrongType, "$.incidents[0].affectedLevel"),
        ("\"time\" : \"2026-02-01T08:15\"", "\"time\" : \"2026-02-01 08:15\"", .invalidValue, "$.incidents[0].time"),
        ("\"forms\" : [\n        \"blow\"", "\"forms\" : [\n        \"punch\"", .invalidValue, "$.incidents[0].forms[0]"),
        ("\"nearMiss\" : false,\n      \"time\" : \"2026-02-01T08:15\"", "\"time\" : \"2026-02-01T08:15\"", .missingField, "$.incidents[0].nearMiss"),
    ])
    func badMembersAreDecodingErrorsWithPaths(original: String, replacement: String, kind: DocumentInputError.Kind, path: String) throws {
        let text = String(decoding: try Data(contentsOf: Self.fixture), as: UTF8.self)
        #expect(text.contains(original))
        let broken = text.replacing(original, with: replacement, maxReplacements: 1)
        let error = #expect(throws: DocumentInputError.self) {
            try DocumentCodec.decode(IncidentLog.self, from: Data(broken.utf8))
        }
        #expect(error?.kind == kind)
        #expect(error?.path.description == path)
    }

    @Test func shiftTimesMustBeClockTimes() throws {
        let json = #"{"type":"incident-log","version":1,"workplace":"X","analysisDate":"2026-03-02","period":{"start":"2026-02-01","end":"2026-02-28"},"shifts":[{"name":"dag","start":"7:00"}],"incidents":[]}"#
        let error = #expect(throws: DocumentInputError.self) {
            try DocumentCodec.decode(IncidentLog.self, from: Data(json.utf8))
        }
        #expect(error?.path.description == "$.shifts[0].start")
    }
}
