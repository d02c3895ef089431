import Testing
import ForebygCore
import DocumentTree
@testable import RiskTools

/// Hand-worked expectations for RiskExamples.mestringsskema: March 2026, level 1 on 10 March
/// (BVC scored at 09:15 and 17:00) and on 18 March (no BVC); level 2 on 9 March (BVC at 19:30),
/// 11, 17 and 19 March (no BVC); current revision 2 February, so the review fell due on 2 March.
/// Seed 002 couples the BVC to both red fields, so 11, 17, 18 and 19 March are findings.
@Suite("Mestringsskema")
struct MestringsskemaTests {
    let schema = RiskExamples.mestringsskema

    func date(_ text: String) -> CalendarDate { CalendarDate(isoString: text)! }

    @Test("levels are numbered as the method does and always shown with number, colour and name",
        arguments: [
            (1, "1 · rød · presset"), (2, "2 · rød · presset"), (3, "3 · gul · habituel tilstand"),
            (4, "4 · grøn · har det godt og har overskud"), (5, "5 · grøn · har det godt og har overskud"),
        ])
    func levelNames(_ number: Int, _ display: String) throws {
        let level = try #require(CopingLevel(rawValue: number))
        #expect(level.displayName(in: .danish) == display)
        #expect(level.displayName(in: .english).hasPrefix("\(number) · "))
    }

    @Test("a level that does not exist is an error at its path", arguments: [0, 6, -1])
    func unknownLevel(_ number: Int) throws {
        let json = """
            {"type": "mestringsskema", "version": 1, "citizen": "borger-12",
             "revisions": [{"date": "2026-02-02", "staff": "AK", "levels": []}],
             "log": [{"date": "2026-03-01", "level": 3}, {"date": "2026-03-02", "level": \(number)}]}
            """
        let error = try #require(decodeError(Mestringsskema.self, json))
        #expect(error.path.description == "$.log[1].level")
        #expect(error.kind == .invalidValue)
    }

    @Test("every day in the red fields without a BVC scoring is a warning-level finding at the log entry")
    func redDaysWithoutBVC() {
        #expect(schema.log.count == 31)
        // Red days: 9 (BVC), 10 (BVC), 11, 17, 18, 19 March; the four without a scoring are findings.
        #expect(schema.redDaysWithoutBVC().map(\.entry.date) == ["2026-03-11", "2026-03-17", "2026-03-18", "2026-03-19"].map(date))
        let findings = schema.findings(asOf: date("2026-03-31")).filter { $0.code == .findingMestringsskemaRedLevelWithoutBVC }
        #expect(findings.map(\.path.description) == ["$.log[10].level", "$.log[16].level", "$.log[17].level", "$.log[18].level"])
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(findings[2].message.hasPrefix("level 1 (red) on 2026-03-18"))
        // Findings as of a day count only the days up to it.
        #expect(schema.findings(asOf: date("2026-03-11")).filter { $0.code == .findingMestringsskemaRedLevelWithoutBVC }.map(\.path.description) == ["$.log[10].level"])
        // Findings never make the document unrenderable.
        #expect(!schema.validate().containsErrors)
    }

    @Test("validate() reports the findings as of the last recorded day")
    func validateReportsFindings() {
        let codes = schema.validate().map(\.code)
        #expect(codes.filter { $0 == .findingMestringsskemaRedLevelWithoutBVC }.count == 4)
        #expect(codes.contains(.findingMestringsskemaReviewOverdue))
        #expect(schema.validate(asOf: date("2026-03-01")).map(\.code).allSatisfy { !$0.isFinding })
    }

    @Test("a BVC series supplies the missing scoring")
    func seriesSuppliesScoring() throws {
        let time = try #require(LocalDateTime(isoString: "2026-03-18T16:00"))
        let series = BVCSeries(citizen: "borger-12", assessments: [
            BVCAssessment(citizen: "borger-12", time: time, shift: .evening, assessor: "LM", answers: BVCAnswers(present: [.irritability]))
        ])
        #expect(schema.days(at: .one, withoutBVC: series).isEmpty)
        #expect(!schema.findings(asOf: date("2026-03-31"), bvc: series).contains { $0.path.description == "$.log[17].level" })
        // Another citizen's series does not count.
        let other = BVCSeries(citizen: "borger-13", assessments: series.assessments.map { var a = $0; a.citizen = "borger-13"; return a })
        #expect(schema.days(at: .one, withoutBVC: other) == [date("2026-03-18")])
    }

    @Test("review due 28 days after the current revision; overdue when the day has passed")
    func review() {
        #expect(schema.reviewDue == date("2026-03-02"))
        #expect(!schema.findings(asOf: date("2026-03-02")).contains { $0.code == .findingMestringsskemaReviewOverdue })
        let overdue = schema.findings(asOf: date("2026-03-31")).filter { $0.code == .findingMestringsskemaReviewOverdue }
        #expect(overdue.count == 1)
        #expect(overdue.first?.severity == .warning)
        #expect(overdue.first?.path.description == "$.revisions[1].date")
        #expect(overdue.first?.message.contains("29 days overdue") == true)
        var weekly = schema
        weekly.reviewIntervalDays = 14
        #expect(weekly.reviewDue == date("2026-02-16"))
    }

    @Test("carried BVC scorings are checked against the schema's BVC settings")
    func carriedScoringShifts() throws {
        var copy = schema
        let early = try #require(LocalDateTime(isoString: "2026-03-18T06:45"))
        copy.bvcAssessments?.append(BVCAssessment(citizen: "borger-12", time: early, shift: .day, assessor: "AK", answers: BVCAnswers()))
        #expect(copy.validate().errors.map(\.path.description) == ["$.bvcAssessments[3].time"])
        copy.bvcConfiguration = BVCConfiguration(shiftHours: ShiftHours(dayStart: ClockTime(hour: 6, minute: 30)!, eveningStart: ClockTime(hour: 14, minute: 30)!, nightStart: ClockTime(hour: 22)!))
        #expect(!copy.validate().containsErrors)
        #expect(copy.days(at: .one).isEmpty)
    }

    @Test("the five reflection questions, verbatim")
    func reflectionQuestions() {
        #expect(Mestringsskema.reflectionQuestions.count == 5)
        #expect(Mestringsskema.reflectionQuestions.first == "Giver episoden/adfærden, som har udløst BVC, anledning til ændringer og tilføjelser i borgerens Mestringsskema?")
        #expect(Mestringsskema.reflectionQuestions.last == "Hvordan kan det forebygges, at en lignende hændelse finder sted igen?")
    }

    @Test("structural checks: duplicate day, duplicate level, missing level, no revision")
    func structure() {
        var copy = schema
        copy.log.append(CopingLevelEntry(date: date("2026-03-05"), level: .three))
        copy.revisions[1].levels.append(copy.revisions[1].levels[0])
        copy.revisions[0].levels.removeLast()
        let codes = copy.validate().map(\.code)
        #expect(codes.contains(.mestringsskemaDuplicateDay))
        #expect(codes.contains(.mestringsskemaDuplicateLevel))
        #expect(codes.contains(.mestringsskemaMissingLevel))
        #expect(Mestringsskema(citizen: "x", revisions: []).validate().map(\.code) == [.mestringsskemaNoRevision])
    }

    @Test("the document: header, levels with number+colour+name, log keys, coupling, questions")
    func document() throws {
        let document = schema.document(in: .danish)
        let levels = try #require(namedTable("mestringsskema-levels", in: document))
        #expect(levels.rows.map { $0[0].plainText } == [
            "5 · grøn · har det godt og har overskud", "4 · grøn · har det godt og har overskud", "3 · gul · habituel tilstand",
            "2 · rød · presset", "1 · rød · presset",
        ])
        #expect(levels.columns.map(\.title) == ["Niveau", "Adfærd", "Tilstand/årsag", "Borgerens indsats", "Faglig indsats"])
        let log = try #require(namedTable("mestringsskema-log", in: document))
        #expect(log.columns.map(\.key) == ["date", "level", "colour", "level_name", "note"])
        #expect(log.rows[17].map(\.plainText).prefix(4) == ["18.03.2026", "1", "rød", "presset"])
        let text = allText(document)
        #expect(text.contains("Borger: borger-12"))
        #expect(text.contains("Medarbejder: medarbejder-LM"))
        #expect(text.contains("Dato: 02.02.2026"))
        #expect(text.contains("Skemaet i sig selv kan ikke bruges til at vurdere risikoen for vold."))
        #expect(text.contains("Hvad har været mindre godt?"))
        #expect(text.contains("29 dage forsinket"))
        #expect(text.contains("18.03.2026"))
    }

    @Test("the blank sheet has empty header values and empty level cells")
    func blank() throws {
        let document = Mestringsskema.blankSheet(in: .danish)
        let levels = try #require(namedTable("mestringsskema-levels", in: document))
        #expect(levels.rows.count == 5)
        #expect(levels.rows.allSatisfy { $0.dropFirst().allSatisfy(\.isEmpty) })
        guard case .descriptionList(let header) = document.blocks[0] else {
            Issue.record("the blank sheet starts with its header")
            return
        }
        #expect(header.items.map(\.label) == ["Borger", "Medarbejder", "Dato"])
        #expect(header.items.allSatisfy { $0.value.isEmpty })
    }
}
