import Testing
import ForebygCore
import DocumentTree
@testable import RiskTools

/// Hand-worked: ORS totals 12.4, 15, 19.5, 23.8, 27.1 (changes +2.6, +4.5, +4.3, +3.3);
/// SRS totals –, 30.5, 33.5, 36.5, 38 (changes +3, +3, +1.5).
@Suite("FIT")
struct FITTests {
    let series = RiskExamples.fitSeries

    @Test("totals and changes between sessions")
    func summaries() {
        let summaries = series.summaries
        #expect(summaries.map(\.orsTotal) == [12.4, 15, 19.5, 23.8, 27.1])
        #expect(summaries.map(\.orsChange) == [nil, 2.6, 4.5, 4.3, 3.3])
        #expect(summaries.map(\.srsTotal) == [nil, 30.5, 33.5, 36.5, 38])
        #expect(summaries.map(\.srsChange) == [nil, nil, 3, 3, 1.5])
    }

    @Test("default cutoffs: ORS 25 adults, 32 children; SRS below 36 strained")
    func cutoffs() {
        #expect(series.orsCutoff == 25)
        #expect(series.isClinical(orsTotal: 24.9))
        #expect(!series.isClinical(orsTotal: 25))
        #expect(series.isAllianceStrained(srsTotal: 35.9))
        #expect(!series.isAllianceStrained(srsTotal: 36))
        var child = series
        child.population = .child
        #expect(child.orsCutoff == 32)
        child.cutoffs = FITCutoffs(orsAdult: 25, orsChild: 30, srsAlliance: 36)
        #expect(child.orsCutoff == 30)
    }

    @Test("ratings are 0–10 with decimals", arguments: [0.0, 0.1, 5.55, 10.0])
    func validRatings(_ value: Double) {
        #expect(FITRating(value)?.value == value)
    }

    @Test("NaN, infinities and values outside 0–10 are rejected", arguments: [-0.1, 10.01, .nan, .infinity])
    func invalidRatings(_ value: Double) {
        #expect(FITRating(value) == nil)
    }

    @Test("an item outside 0–10 in JSON is an error at its path", arguments: ["10.5", "-1", "\"7\"", "null"])
    func outOfRangeJSON(_ value: String) throws {
        let json = """
            {"type": "fit-series", "version": 1, "citizen": "borger-3", "sessions": [
              {"date": "2026-01-12", "ors": {"individual": 3, "closeRelationships": 4, "social": \(value), "overall": 5}}]}
            """
        let error = try #require(decodeError(FITSeries.self, json))
        #expect(error.path.description == "$.sessions[0].ors.social", "value \(value)")
    }

    @Test("charts of the totals with the cutoffs as reference lines")
    func charts() throws {
        let document = series.document(in: .danish)
        let all = RiskToolsTests.charts(document)
        let ors = try #require(all.first { $0.name == "fit-ors-chart" })
        #expect(ors.kind == .line)
        #expect(ors.points.map(\.value) == [12.4, 15, 19.5, 23.8, 27.1])
        #expect(ors.referenceLines.map(\.value) == [25])
        let srs = try #require(all.first { $0.name == "fit-srs-chart" })
        #expect(srs.points.count == 4)
        #expect(srs.referenceLines.map(\.value) == [36])
    }

    @Test("tables with stable keys; the seed's labels")
    func tables() throws {
        let document = series.document(in: .danish)
        let ors = try #require(namedTable("fit-ors", in: document))
        #expect(ors.columns.map(\.key) == ["date", "individual", "close_relationships", "social", "ors_overall", "ors_total", "ors_change", "ors_below_cutoff"])
        #expect(ors.columns.map(\.title).dropFirst().prefix(4) == ["Individuelt", "Nære relationer", "Socialt", "Generelt"])
        #expect(ors.rows[1].map(\.plainText).suffix(3) == ["15", "+2,6", "Klinisk område (under 25)"])
        let srs = try #require(namedTable("fit-srs", in: document))
        #expect(srs.columns.map(\.title).dropFirst().prefix(4) == ["Relation", "Mål og emner", "Tilgang eller metode", "Generelt"])
        #expect(allText(document).contains("ophavsretligt beskyttede"))
    }

    @Test("a session below a cutoff is flagged in its row: the total in bold and the reading beside it")
    func belowCutoffFlagsInRows() throws {
        let document = series.document(in: .danish)
        // ORS 12,4 15 19,5 23,8 are below the adult cutoff 25; 27,1 is not.
        let ors = try #require(namedTable("fit-ors", in: document))
        #expect(ors.rows.map { $0.last!.plainText } == Array(repeating: "Klinisk område (under 25)", count: 4) + [""])
        #expect(ors.rows[0][5].spans == [.strong("12,4")])
        #expect(ors.rows[4][5].spans == [.text("27,1")])
        // SRS: none in the first session, then 30,5 and 33,5 below 36, then 36,5 and 38.
        let srs = try #require(namedTable("fit-srs", in: document))
        #expect(srs.columns.last?.key == "srs_below_cutoff")
        #expect(srs.rows.map { $0.last!.plainText } == ["", "Belastet alliance (under 36)", "Belastet alliance (under 36)", "", ""])
        #expect(srs.rows[1][5].spans == [.strong("30,5")])
        let english = try #require(namedTable("fit-srs", in: series.document(in: .english)))
        #expect(english.rows[2].last?.plainText == "Strained alliance (below 36)")
    }

    @Test("blank sheets: four ORS and four SRS lines, unanswered")
    func blank() {
        let document = FITSeries.blankSheets(in: .danish)
        #expect(document.fields.count == 8)
        #expect(document.fields.allSatisfy { $0.answer == nil })
        #expect(document.fields[0].label.plainText == "Individuelt (Personligt velbefindende)")
    }

    @Test("blank sheets print seed 002's explanation of each form", arguments: Language.allCases)
    func blankExplanations(language: Language) {
        let text = allText(FITSeries.blankSheets(in: language))
        // Seed 002, "To skemaer: ORS og SRS", with the extraction's lost hyphens restored and the
        // instruments' names as their authors spell them (the seed prints "Ration").
        #expect(text.contains("ORS-skemaet (Outcome Rating Scale) måler på borgerens trivsel siden sidste kontakt. Skemaet udfyldes, før samtalen eller behandlingen går i gang. Borgeren ser tilbage på den periode, der er gået siden sidste samtale, og hvordan han eller hun har haft det på fire områder af sit liv. Borgeren sætter et kryds på en skala fra 1-10 på linjen under hvert område."))
        #expect(text.contains("SRS-skemaet (Session Rating Scale) måler på, hvordan borgeren har oplevet den aktuelle samtale eller kontakt. Skemaet udfyldes ved slutningen af samtalen eller behandlingen, hvor borgeren skal vurdere fire temaer på en skala fra 0-10. Borgeren bliver opfordret til også at give kritisk feedback, så det er muligt at forbedre samtalerne og gøre udbyttet endnu bedre."))
        let titles = FITSeries.blankSheets(in: .danish).blocks.compactMap { block -> String? in
            if case .callout(let callout) = block { callout.title } else { nil }
        }
        #expect(titles == ["Om ORS-skemaet", "Om SRS-skemaet", "OBS"])
    }

    @Test("a session with neither scale is a warning")
    func emptySession() {
        var copy = series
        copy.sessions.append(FITSession(date: CalendarDate(isoString: "2026-03-16")!))
        #expect(copy.validate().map(\.code) == [.fitEmptySession])
        #expect(series.validate().isEmpty)
    }
}
