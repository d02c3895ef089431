#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Testing
import ForebygCore
@testable import RiskTools

@Suite("BVC input")
struct BVCInputTests {
    static func series(answers: String, time: String = "2026-03-02T10:00", shift: String = "day") -> String {
        """
        {"type": "bvc-series", "version": 1, "citizen": "borger-7", "assessments": [
          {"citizen": "borger-7", "time": "\(time)", "shift": "\(shift)", "assessor": "AK", "answers": \(answers)}
        ]}
        """
    }

    static let allZero = #"{"confusion": 0, "irritability": 0, "boisterousness": 0, "verbalThreats": 0, "physicalThreats": 0, "attackingObjects": 0}"#

    @Test("answers may be 0/1 or false/true, mixed")
    func acceptsNumbersAndBooleans() throws {
        let json = Self.series(answers: #"{"confusion": true, "irritability": 1, "boisterousness": false, "verbalThreats": 0, "physicalThreats": 0, "attackingObjects": 1}"#)
        let series = try DocumentCodec.decode(BVCSeries.self, from: Data(json.utf8))
        #expect(series.assessments[0].answers.present == [.confusion, .irritability, .attackingObjects])
        #expect(series.assessments[0].score == 3)
    }

    @Test("an answer other than 0, 1, false or true is an error at the item's path", arguments: ["2", "-1", "0.5", "\"1\"", "\"ja\"", "null"])
    func rejectsOtherAnswers(_ value: String) throws {
        let json = Self.series(answers: Self.allZero.replacing("\"verbalThreats\": 0", with: "\"verbalThreats\": \(value)"))
        let error = try #require(decodeError(BVCSeries.self, json))
        #expect(error.path.description == "$.assessments[0].answers.verbalThreats", "value \(value)")
        #expect(error.kind == .invalidValue, "value \(value)")
    }

    @Test("an unknown item is an error at its path")
    func rejectsUnknownItem() throws {
        let json = Self.series(answers: Self.allZero.replacing("}", with: #", "spitting": 1}"#))
        let error = try #require(decodeError(BVCSeries.self, json))
        #expect(error.path.description == "$.assessments[0].answers.spitting")
        #expect(error.message.contains("not a BVC item"))
    }

    @Test("a missing item is an error at its path")
    func rejectsMissingItem() throws {
        let json = Self.series(answers: Self.allZero.replacing(#", "attackingObjects": 0"#, with: ""))
        let error = try #require(decodeError(BVCSeries.self, json))
        #expect(error.path.description == "$.assessments[0].answers.attackingObjects")
        #expect(error.kind == .missingField)
    }

    @Test("an unknown shift is an error at its path")
    func rejectsUnknownShift() throws {
        let error = try #require(decodeError(BVCSeries.self, Self.series(answers: Self.allZero, shift: "morgen")))
        #expect(error.path.description == "$.assessments[0].shift")
    }

    @Test("an assessment time outside its shift is a validation error at the time's path")
    func timeOutsideShift() throws {
        let json = Self.series(answers: Self.allZero, time: "2026-03-02T16:30", shift: "day")
        let series = try DocumentCodec.decode(BVCSeries.self, from: Data(json.utf8))
        let errors = series.validate().errors
        #expect(errors.count == 1)
        #expect(errors.first?.code == .bvcTimeOutsideShift)
        #expect(errors.first?.path.description == "$.assessments[0].time")
    }

    @Test("a night score after midnight is within the night shift")
    func nightAfterMidnight() throws {
        let json = Self.series(answers: Self.allZero, time: "2026-03-03T03:00", shift: "night")
        let series = try DocumentCodec.decode(BVCSeries.self, from: Data(json.utf8))
        #expect(series.validate().isEmpty)
        #expect(series.assessments[0].shiftDate().isoString == "2026-03-02")
    }

    @Test("configured shift hours are read and used for validation")
    func configuredShifts() throws {
        var json = Self.series(answers: Self.allZero, time: "2026-03-02T14:45", shift: "evening")
        json = json.replacing(#""citizen": "borger-7", "assessments""#, with: #""citizen": "borger-7", "configuration": {"shiftHours": {"day": "06:30", "evening": "14:30", "night": "22:00"}}, "assessments""#)
        let series = try DocumentCodec.decode(BVCSeries.self, from: Data(json.utf8))
        #expect(series.settings.shiftHours.eveningStart == ClockTime(hour: 14, minute: 30))
        #expect(series.validate().isEmpty)
    }

    @Test("a malformed shift time is an error at its path")
    func malformedShiftTime() throws {
        let json = Self.series(answers: Self.allZero).replacing(#""citizen": "borger-7", "assessments""#, with: #""citizen": "borger-7", "configuration": {"shiftHours": {"day": "7", "evening": "15:00", "night": "23:00"}}, "assessments""#)
        let error = try #require(decodeError(BVCSeries.self, json))
        #expect(error.path.description == "$.configuration.shiftHours.day")
    }

    @Test("an assessment of another citizen is an error")
    func otherCitizen() throws {
        let json = Self.series(answers: Self.allZero).replacing(#"{"citizen": "borger-7", "time""#, with: #"{"citizen": "borger-8", "time""#)
        let series = try DocumentCodec.decode(BVCSeries.self, from: Data(json.utf8))
        #expect(series.validate().errors.map(\.path.description) == ["$.assessments[0].citizen"])
    }
}

@Suite("BVC input, numbers")
struct BVCNumberInputTests {
    @Test("1.0 and 0.0 are read as 1 and 0, as JSON Schema reads them")
    func wholeDecimals() throws {
        let json = BVCInputTests.series(answers: #"{"confusion": 1.0, "irritability": 0.0, "boisterousness": 0, "verbalThreats": 0, "physicalThreats": 0, "attackingObjects": 0}"#)
        let series = try DocumentCodec.decode(BVCSeries.self, from: Data(json.utf8))
        #expect(series.assessments[0].answers.present == [.confusion])
    }
}
