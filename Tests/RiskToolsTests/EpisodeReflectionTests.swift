import Testing
import ForebygCore
import DocumentTree
@testable import RiskTools

@Suite("Affektudbrudsmodellen")
struct EpisodeReflectionTests {
    let reflection = RiskExamples.episodeReflection

    func date(_ text: String) -> CalendarDate { CalendarDate(isoString: text)! }

    @Test("five phases with the seed's questions in full")
    func phases() {
        #expect(AffectPhase.allCases.map { $0.questions.count } == [6, 6, 3, 3, 4])
        #expect(AffectPhase.everyday.guidingQuestion == "Hvad udløste affekt?")
        #expect(AffectPhase.chaos.questions[0] == "Var det en farlig situation? Hvis det var: Trak vi os uden at øge konfliktniveauet?")
        #expect(AffectPhase.returnToEveryday.questions[3] == "Har vi en plan, som vi tror på vil fungere, hvis samme situation opstår igen?")
        #expect(AffectPhase.everyday.label(in: .danish) == "Hverdag med lavt affektniveau")
    }

    @Test("the example is valid: five days after the episode")
    func valid() {
        #expect(reflection.validate().isEmpty)
    }

    @Test("reflection dates: before the episode is an error, sooner than two days a warning",
        arguments: [("2026-03-17", Diagnostic.Severity?.some(.error)), ("2026-03-18", .warning), ("2026-03-19", .warning), ("2026-03-20", nil)])
    func dates(_ reflectionDate: String, _ expected: Diagnostic.Severity?) {
        var copy = reflection
        copy.reflectionDate = date(reflectionDate)
        let diagnostics = copy.validate()
        #expect(diagnostics.first?.severity == expected)
        #expect(diagnostics.allSatisfy { $0.path.description == "$.reflectionDate" })
    }

    @Test("the minimum wait is configurable")
    func minimumDays() {
        var copy = reflection
        copy.reflectionDate = date("2026-03-19")
        copy.minimumDaysAfterEpisode = 1
        #expect(copy.validate().isEmpty)
    }

    @Test("a question number the phase does not have is an error at its path")
    func unknownQuestion() {
        var copy = reflection
        copy.phases[2].answers.append(PhaseAnswer(question: 4, answer: "?"))
        let errors = copy.validate().errors
        #expect(errors.map(\.path.description) == ["$.phases[2].answers[2].question"])
    }

    @Test("affect curve values outside 0–10 are errors at their paths")
    func curveRange() {
        var copy = reflection
        copy.affectCurve?.points[1].intensity = 11
        copy.affectCurve?.chaosLine = .nan
        #expect(Set(copy.validate().errors.map(\.path.description)) == ["$.affectCurve.points[1].intensity", "$.affectCurve.chaosLine"])
    }

    @Test("the affect curve maps to a line chart with the kaoslinje as reference line")
    func chart() throws {
        let chart = try #require(charts(reflection.document(in: .danish)).first)
        #expect(chart.kind == .line)
        #expect(chart.name == "affect-curve")
        #expect(chart.points.map(\.value) == [2, 4, 6, 8.5, 5, 2])
        #expect(chart.referenceLines == [Chart.ReferenceLine(label: "Kaoslinje", value: 7)])
        #expect(chart.points.map(\.label) == ["13:30", "14:00", "14:10", "14:20", "14:40", "15:30"])
    }

    @Test("an affect curve over several days labels its points with the date too")
    func chartOverSeveralDays() throws {
        var copy = reflection
        let points = try #require(copy.affectCurve?.points)
        copy.affectCurve?.points[points.count - 1].time = LocalDateTime(isoString: "2026-03-19T08:00")!
        let chart = try #require(charts(copy.document(in: .danish)).first)
        #expect(chart.points.first?.label == "18.03.2026 13:30")
        #expect(chart.points.last?.label == "19.03.2026 08:00")
    }

    @Test("the document carries every question and the før/under/efter prompts")
    func document() {
        let document = reflection.document(in: .danish)
        #expect(document.fields.count == 22 + 7)
        let text = allText(document)
        for question in AffectPhase.allCases.flatMap(\.questions) {
            #expect(text.contains(question), "\(question)")
        }
        #expect(text.contains(RestraintReflection.whatHappenedPrompt))
        #expect(text.contains("Borgeren deltog: ja"))
        #expect(text.contains("Ingen krav om oprydning på dage med dårlig søvn."))
    }

    @Test("the blank sheet leaves every answer blank")
    func blank() {
        let document = EpisodeReflection.blankSheet(in: .english)
        #expect(document.fields.count == 22 + 7)
        #expect(document.fields.allSatisfy { $0.answer == nil })
        #expect(allText(document).contains("Reflection on use of force"))
        #expect(allText(document).contains("Hvad udløste affekt?"))
    }

    @Test("an unknown phase is an input error at its path")
    func unknownPhase() throws {
        let json = """
            {"type": "episode-reflection", "version": 1, "citizen": "b", "episodeDate": "2026-03-18", "reflectionDate": "2026-03-23",
             "participants": [], "citizenTookPart": false, "phases": [{"phase": "panik", "answers": []}]}
            """
        let error = try #require(decodeError(EpisodeReflection.self, json))
        #expect(error.path.description == "$.phases[0].phase")
    }
}
