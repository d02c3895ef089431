import DocumentTree
import Testing
import ForebygCore
@testable import RiskTools

@Suite("BVC scoring")
struct BVCScoringTests {
    /// The answers whose bits are set in a number 0–63 (bit 0 = item 1, confusion).
    static func answers(_ combination: Int) -> BVCAnswers {
        BVCAnswers(present: Set(BVCItem.allCases.filter { combination & (1 << ($0.number - 1)) != 0 }))
    }

    @Test("every combination of the six items scores its number of behaviours", arguments: 0..<64)
    func everyCombination(_ combination: Int) throws {
        let answers = Self.answers(combination)
        let expectedScore = combination.nonzeroBitCount
        #expect(answers.score == expectedScore, "combination \(combination)")
        let expectedBand: BVCBand = expectedScore == 0 ? .small : expectedScore <= 2 ? .moderate : .veryHigh
        #expect(BVCBands.standard.band(for: answers.score) == expectedBand, "combination \(combination)")
        #expect(BVCConfiguration.standard.isActive(score: answers.score) == (expectedScore > 0), "combination \(combination)")
        // The answers survive JSON both ways, written as 0 and 1.
        let data = try DocumentCodec.encodeBody(answers)
        #expect(try DocumentCodec.decodeBody(BVCAnswers.self, from: data) == answers, "combination \(combination)")
        for item in BVCItem.allCases {
            #expect(answers[item] == (combination & (1 << (item.number - 1)) != 0), "combination \(combination), \(item)")
        }
    }

    @Test("the default band boundaries: 0 small, 1–2 moderate, 3–6 very high", arguments: [
        (0, BVCBand.small), (1, .moderate), (2, .moderate), (3, .veryHigh), (4, .veryHigh), (5, .veryHigh), (6, .veryHigh),
    ])
    func defaultBoundaries(_ score: Int, _ band: BVCBand) {
        #expect(BVCBands.standard.band(for: score) == band)
    }

    @Test("the 2000 paper's 'two or more' reading moves the very-high boundary to 2")
    func configurableBoundaries() {
        let twoOrMore = BVCBands(moderateFrom: 1, veryHighFrom: 2)
        #expect(twoOrMore.band(for: 1) == .moderate)
        #expect(twoOrMore.band(for: 2) == .veryHigh)
        #expect(twoOrMore.scores(in: .moderate) == 1...1)
        #expect(twoOrMore.isConsistent)
        #expect(!BVCBands(moderateFrom: 3, veryHighFrom: 3).isConsistent)
        #expect(!BVCBands(moderateFrom: 0, veryHighFrom: 3).isConsistent)
    }

    @Test("the default bands' score ranges")
    func bandRanges() {
        #expect(BVCBands.standard.scores(in: .small) == 0...0)
        #expect(BVCBands.standard.scores(in: .moderate) == 1...2)
        #expect(BVCBands.standard.scores(in: .veryHigh) == 3...6)
    }

    @Test("BVC-aktiv follows the workplace's limit")
    func activeLimit() {
        let strict = BVCConfiguration(activeFromScore: 2)
        #expect(!strict.isActive(score: 1))
        #expect(strict.isActive(score: 2))
        #expect(BVCConfiguration.standard.isActive(score: 1))
        #expect(!BVCConfiguration.standard.isActive(score: 0))
        #expect(!BVCConfiguration(activeFromScore: 0).validate(at: .root).isEmpty)
    }

    @Test("the items carry the seed's Danish names, in order")
    func itemLabels() {
        #expect(BVCItem.allCases.map(\.danishLabel) == [
            "Forvirring", "Irritabilitet", "Støjende adfærd", "Verbale trusler", "Fysiske trusler", "Angreb på ting/genstande",
        ])
        #expect(BVCItem.allCases.map(\.columnKey) == [
            "confusion", "irritability", "boisterousness", "verbal_threats", "physical_threats", "attacking_objects",
        ])
        #expect(BVCItem.verbalThreats.label(in: .english) == "Verbal threats")
        #expect(BVCItem.allCases.allSatisfy { !$0.description(in: .danish).isEmpty && !$0.description(in: .english).isEmpty })
    }

    @Test("default shift hours: dag 07–15, aften 15–23, nat 23–07, night counted to the day it starts",
        arguments: [
            ("2026-03-02T07:00", BVCShift.day, "2026-03-02"), ("2026-03-02T14:59", .day, "2026-03-02"),
            ("2026-03-02T15:00", .evening, "2026-03-02"), ("2026-03-02T22:59", .evening, "2026-03-02"),
            ("2026-03-02T23:00", .night, "2026-03-02"), ("2026-03-03T00:00", .night, "2026-03-02"),
            ("2026-03-02T23:59", .night, "2026-03-02"), ("2026-03-03T06:59", .night, "2026-03-02"),
            ("2026-03-03T07:00", .day, "2026-03-03"),
        ])
    func shiftHours(_ text: String, _ shift: BVCShift, _ shiftDate: String) throws {
        let time = try #require(LocalDateTime(isoString: text))
        #expect(ShiftHours.standard.shift(at: time) == shift)
        #expect(ShiftHours.standard.shiftDate(of: time).isoString == shiftDate)
        let derived = BVCAssessment(citizen: "borger-7", time: time, assessor: "AK", answers: BVCAnswers())
        #expect(derived.shift == shift)
        #expect(derived.validate(at: .root).isEmpty)
    }

    @Test("configured shift hours move the boundaries")
    func configuredShiftHours() throws {
        let hours = try Self.hours("06:30", "14:30", "22:00")
        #expect(hours.isConsistent)
        #expect(hours.shift(at: try #require(ClockTime(text: "06:29"))) == .night)
        #expect(hours.shift(at: try #require(ClockTime(text: "06:30"))) == .day)
        #expect(hours.shift(at: try #require(ClockTime(text: "14:29"))) == .day)
        #expect(hours.shift(at: try #require(ClockTime(text: "14:30"))) == .evening)
        #expect(hours.shift(at: try #require(ClockTime(text: "21:59"))) == .evening)
        #expect(hours.shift(at: try #require(ClockTime(text: "22:00"))) == .night)
        #expect(hours.shift(at: ClockTime.midnight) == .night)
        #expect(hours.hoursText(of: .night) == "22:00–06:30")
        #expect(!(try Self.hours("07:00", "23:00", "15:00")).isConsistent)
        #expect(!(try Self.hours("07:00", "07:00", "07:00")).isConsistent)
        let early = try #require(LocalDateTime(isoString: "2026-03-02T06:45"))
        #expect(BVCAssessment(citizen: "borger-7", time: early, assessor: "AK", answers: BVCAnswers(), shiftHours: hours).shift == .day)
        #expect(BVCAssessment(citizen: "borger-7", time: early, assessor: "AK", answers: BVCAnswers()).shift == .night)
    }

    @Test("a series' own settings decide an assessment's band, shift date and activity unless overridden")
    func seriesSettingsApply() throws {
        let time = try #require(LocalDateTime(isoString: "2026-03-02T06:45"))
        let hours = try Self.hours("06:30", "14:30", "22:00")
        let assessment = BVCAssessment(
            citizen: "borger-7", time: time, assessor: "AK", answers: BVCAnswers(present: [.confusion]), shiftHours: hours)
        let own = BVCConfiguration(shiftHours: hours, bands: BVCBands(moderateFrom: 2, veryHighFrom: 3), activeFromScore: 2)
        let series = BVCSeries(citizen: "borger-7", configuration: own, assessments: [assessment])
        #expect(assessment.band(in: .standard) == .moderate)
        #expect(series.band(of: assessment) == assessment.band(in: own))
        #expect(series.band(of: assessment) == .small)
        #expect(series.band(of: assessment, in: .standard) == .moderate)
        #expect(!series.isActive(assessment) && series.isActive(assessment, in: .standard))
        #expect(series.shiftDate(of: assessment).isoString == "2026-03-02")
        #expect(series.shiftDate(of: assessment, in: .standard).isoString == "2026-03-01")
    }

    private static func hours(_ day: String, _ evening: String, _ night: String) throws -> ShiftHours {
        ShiftHours(
            dayStart: try #require(ClockTime(text: day)), eveningStart: try #require(ClockTime(text: evening)),
            nightStart: try #require(ClockTime(text: night)))
    }

    @Test("bands carry recommended actions in both languages")
    func bandTexts() {
        for band in BVCBand.allCases {
            #expect(!band.recommendedAction(in: .danish).isEmpty)
            #expect(band.label(in: .danish) != band.label(in: .english))
        }
        #expect(BVCBand.veryHigh.recommendedAction(in: .danish).contains("plan"))
    }
}
