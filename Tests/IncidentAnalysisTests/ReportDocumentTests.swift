import DocumentTree
import ForebygCore
import Testing
@testable import IncidentAnalysis

/// The report of the hand-made month: its charts, tables, callouts and labels in both languages.
@Suite struct ReportDocumentTests {
    let danish = IncidentExamples.month.document(in: .danish)
    let english = IncidentExamples.month.document(in: .english)

    private func charts(_ document: Document) -> [Chart] {
        document.blocks.compactMap { if case .chart(let chart) = $0 { chart } else { nil } }
    }

    /// The flags: the document's `.note` callouts.
    private func callouts(_ document: Document) -> [Callout] {
        document.blocks.compactMap { if case .callout(let callout) = $0, callout.kind == .note { callout } else { nil } }
    }

    private func table(_ name: String, in document: Document) throws -> Table {
        try #require(document.tables.first { $0.name == name })
    }

    private func cells(_ table: Table) -> [[String]] {
        table.rows.map { $0.map(\.plainText) }
    }

    @Test func metadata() {
        #expect(danish.metadata.title == "Analyse af registrerede episoder")
        #expect(danish.metadata.subject == "Botilbuddet Engen, 01.02.2026–28.02.2026")
        #expect(danish.metadata.date == "02.03.2026")
        #expect(danish.metadata.language == .danish)
        #expect(danish.metadata.slug == "incident-report")
        #expect(english.metadata.title == "Analysis of registered incidents")
        #expect(english.metadata.date == "2026-03-02")
        #expect(english.metadata.language == .english)
    }

    @Test func aReportOfOneWeekOfTheLogCountsThatWeekOnly() throws {
        let week = AnalysisPeriod(start: CalendarDate(isoString: "2026-02-01")!, end: CalendarDate(isoString: "2026-02-07")!)
        let document = IncidentExamples.month.document(of: week, in: .danish)
        #expect(document.metadata.subject == "Botilbuddet Engen, 01.02.2026–07.02.2026")
        // i-01 to i-05 lie in the first week of February.
        let summary = try table("summary", in: document)
        #expect(cells(summary).first == ["Registreringer", "5"])
        guard case .descriptionList(let header) = document.blocks.first else { Issue.record("no header"); return }
        #expect(header.items.map(\.value.plainText) == ["Botilbuddet Engen", "01.02.2026–07.02.2026", "25.01.2026–31.01.2026", "02.03.2026"])
        // The same analysis, passed in, gives the same document.
        #expect(IncidentExamples.month.document(for: IncidentExamples.month.analysis(of: week), in: .danish) == document)
    }

    @Test func chartsHaveStableNamesKindsAndSummaries() {
        let charts = charts(danish)
        #expect(charts.map(\.name) == ["by-category", "by-month", "by-week", "by-hour", "by-shift", "by-weekday", "by-location", "affected-level"])
        #expect(charts.map(\.kind) == [.bar, .line, .line, .bar, .bar, .bar, .bar, .bar])
        #expect(charts[0].summary == "Flest: Trusler og anden krænkende verbal adfærd og Fysisk vold med 7 af 20 registreringer.")
        #expect(charts[1].summary == "Flest: februar 2026 med 20 af 20 registreringer.")
        #expect(charts[2].summary == "Fra 1 registrering i uge 5 til 4 i uge 9. Flest: uge 8 med 6 af 20 registreringer.")
        #expect(charts[3].summary == "Flest: 19:00 med 3 af 20 registreringer.")
        #expect(charts[4].summary == "Flest: dag 07:00–15:00 og aften 15:00–23:00 med 9 af 20 registreringer.")
        #expect(charts[5].summary == "Flest: tirsdag, torsdag og lørdag med 4 af 20 registreringer.")
        #expect(charts[6].summary == "Flest: Fællesstue med 8 af 20 registreringer.")
        #expect(charts[7].summary == "Gennemsnittet er 5,6 og medianen 5,5 på skalaen fra 1 til 10.")
        #expect(charts.allSatisfy { !$0.summary.isEmpty && !$0.title.isEmpty })
    }

    @Test func chartPointsCarryTheFigures() {
        let charts = charts(danish)
        #expect(charts[0].points.map(\.value) == [7, 7, 2, 2, 2])
        #expect(charts[2].points.map(\.label) == ["uge 5", "uge 6", "uge 7", "uge 8", "uge 9"])
        #expect(charts[4].points.map(\.label) == ["dag 07:00–15:00", "aften 15:00–23:00", "nat 23:00–07:00"])
        #expect(charts[6].points.map(\.label) == ["Fællesstue", "Køkken", "Gang", "Bolig 3", "Bolig 5", "Haven"])
        #expect(charts[6].points.map(\.value) == [8, 5, 3, 2, 2, 0])
        #expect(charts[7].points.map(\.value) == [0, 2, 2, 3, 3, 3, 2, 3, 1, 1])
    }

    @Test func everyAggregateIsATableWithStableKeys() throws {
        let keys = Dictionary(uniqueKeysWithValues: danish.tables.map { ($0.name, $0.columns.map(\.key)) })
        #expect(danish.tables.map(\.name) == [
            "summary", "by-category", "category-change", "by-month", "by-week", "by-hour", "by-shift", "by-weekday",
            "by-location", "by-citizen", "by-professional-group", "by-form", "by-consequence", "affected-level",
            "follow-up", "late-follow-ups", "repeats",
        ])
        #expect(keys["summary"] == ["measure", "value"])
        #expect(keys["category-change"] == ["category", "count", "previous_count", "difference", "percent_change"])
        #expect(keys["by-citizen"] == ["citizen", "count"])
        #expect(keys["late-follow-ups"] == ["incident", "time", "due_date", "held_on"])
        #expect(keys["repeats"] == ["subject_kind", "subject", "count", "first_date", "last_date"])
        #expect(english.tables.map { $0.columns.map(\.key) } == danish.tables.map { $0.columns.map(\.key) })
    }

    @Test func tableContents() throws {
        #expect(cells(try table("summary", in: danish)).map(\.[1]) == ["20", "8", "2", "10 %", "3", "4", "5,6", "5,5"])
        #expect(cells(try table("summary", in: english)).map(\.[1]) == ["20", "8", "2", "10%", "3", "4", "5.6", "5.5"])
        #expect(cells(try table("category-change", in: danish)) == [
            ["Trusler og anden krænkende verbal adfærd", "7", "4", "+3", "+75 %"],
            ["Fysisk vold", "7", "3", "+4", "+133,3 %"],
            ["Seksuel chikane", "2", "0", "+2", "–"],
            ["Anden chikane", "2", "0", "+2", "–"],
            ["Selvskade og selvmordstrusler", "2", "1", "+1", "+100 %"],
            ["I alt", "20", "8", "+12", "+150 %"],
        ])
        #expect(cells(try table("by-citizen", in: danish)) == [["borger-A", "9"], ["borger-B", "5"], ["borger-C", "2"], ["Uden borger", "4"]])
        #expect(cells(try table("follow-up", in: danish)) == [["Holdt til tiden", "14"], ["Endnu ikke forfalden", "2"], ["For sent eller mangler", "4"]])
        #expect(cells(try table("late-follow-ups", in: danish)) == [
            ["i-04", "05.02.2026 23:30", "08.02.2026", "12.02.2026"],
            ["i-07", "11.02.2026 09:10", "14.02.2026", "ikke holdt"],
            ["i-11", "16.02.2026 07:40", "19.02.2026", "23.02.2026"],
            ["i-14", "19.02.2026 20:10", "22.02.2026", "ikke holdt"],
        ])
        #expect(cells(try table("repeats", in: english)).last == ["Time slot", "Tuesday, evening", "4", "2026-02-03", "2026-02-24"])
    }

    @Test func flagsAreCallouts() throws {
        let flags = callouts(danish)
        #expect(flags.map(\.title) == [
            "Få nærvedepisoder", "Læringssamtaler for sent", "Gentagelse: borger borger-A", "Gentagelse: borger borger-B",
            "Gentagelse: sted Fællesstue", "Gentagelse: sted Køkken", "Gentagelse: sted Gang", "Gentagelse: tidsrum tirsdag, aften",
        ])
        #expect(flags.allSatisfy { $0.kind == .note })
        #expect(flags[0].blocks == [
            .paragraph(InlineText(
                "Kun 10 % af registreringerne er nærvedepisoder (grænse: 20 %). En lav andel tyder på underregistrering: at episoder primært registreres ved høje eskaleringer, og at de mindre episoder, hvor der kan forebygges, før nogen kommer til skade, ikke kommer med.")),
            .paragraph(InlineText([.emphasis(
                "»Registreringsproceduren for vold, trusler og chikane har tidligere ikke været fuldt ensartet implementeret i hele medarbejdergruppen. Gennem opfølgning ses desuden et mønster i, at registrering primært er sket ved høje eskaleringer.«")])),
        ])
        #expect(flags[1].blocks.first?.plainTextForTests.hasPrefix("4 episoder har ikke haft en læringssamtale senest 3 dage efter episoden. Fristen er arbejdspladsens egen indstilling") == true)
        #expect(flags[1].blocks.last?.plainTextForTests.contains("senest tre dage efter episoden") == true)
        #expect(flags[7].blocks == [.paragraph("4 episoder mellem 03.02.2026 og 24.02.2026, inden for 30 dage.")])
        #expect(callouts(english)[1].title == "Learning talks late")
    }

    @Test func seedGuidanceIsCarriedVerbatimInBothLanguages() {
        for document in [danish, english] {
            let text = document.blocks.map(\.plainTextForTests).joined(separator: "\n")
            #expect(text.contains("Det er også lærerigt at analysere grundigt på tværs af alle registreringerne, fx en gang om måneden, for at få viden om:"))
            #expect(text.contains("Hvem rammes – er det bestemte medarbejdere eller faggrupper?"))
            #expect(text.contains("Hvilken form for vold er der tale om; trusler, slag, riv, seksuel chikane?"))
            #expect(text.contains("Skab overblik: Lederen og arbejdsmiljørepræsentanten undersøger de registrerede episoder, fx inden for den sidste måned."))
            #expect(text.contains("Sæt mål: Medarbejdere og leder aftaler konkrete mål, der skal arbejdes videre med."))
            #expect(text.contains("og ikke at udstille, bebrejde eller udpege syndebukke blandt medarbejderne."))
            #expect(text.contains("bør være klart beskrevet i arbejdspladsens retningslinjer for den voldsforebyggende indsats."))
            #expect(text.contains("I kan også bruge data fra en gennemført APV, trivselsundersøgelse eller brugertilfredshedsundersøgelse til at pege på, hvor arbejdspladsen har udfordringer"))
            #expect(text.contains("Ligeledes kan statistik over magtanvendelser og sygefravær give viden om arbejdsmiljø og trivsel for ansatte og borgere."))
        }
        #expect(danish.blocks[1] == .heading(level: 2, text: "Registrering af vold"))
        #expect(english.blocks[1] == .heading(level: 2, text: "Registering violence"))
        #expect(danish.blocks.contains(.heading(level: 2, text: "Hvad analysen skal besvare")))
        #expect(english.blocks.contains(.heading(level: 2, text: "What the analysis should answer")))
    }

    @Test func noFreeTextReachesTheReport() {
        let text = danish.blocks.map(\.plainTextForTests).joined(separator: "\n")
        #expect(text.contains("borger-A"))
        for incident in IncidentExamples.month.incidents {
            if let description = incident.description { #expect(!text.contains(description)) }
        }
        #expect(!text.contains("Hjernerystelse"))
        #expect(!text.contains("Daglig leder"))
    }

    @Test func anEmptyPeriodSaysSo() {
        var log = IncidentExamples.month
        log.period = AnalysisPeriod(start: CalendarDate(isoString: "2025-06-01")!, end: CalendarDate(isoString: "2025-06-30")!)
        let document = log.document(in: .english)
        #expect(charts(document).allSatisfy { $0.summary == "No registrations in the period." })
        #expect(callouts(document).isEmpty)
        #expect(document.blocks.contains(.paragraph("The analysis raises no points for attention.")))
        #expect(document.blocks.contains(.paragraph("No citizen, place or time slot recurs in the period.")))
    }

    @Test func ownShiftsKeepTheirNames() {
        var log = IncidentExamples.month
        log.shifts = [Shift(name: "dagvagt", start: ClockTime(hour: 6, minute: 30)!), Shift(name: "nattevagt", start: ClockTime(hour: 18, minute: 30)!)]
        let shiftChart = charts(log.document(in: .english)).first { $0.name == "by-shift" }
        #expect(shiftChart?.points.map(\.label) == ["dagvagt 06:30–18:30", "nattevagt 18:30–06:30"])
        #expect(shiftChart?.points.map(\.value) == [11, 9])
    }
}

extension Block {
    /// The block's text without emphasis, including nested callouts and lists.
    var plainTextForTests: String {
        allBlocks.compactMap(\.ownTextForTests).joined(separator: "\n")
    }

    /// The block's own text, without that of the blocks nested in it; `nil` for a list, which has none.
    private var ownTextForTests: String? {
        switch self {
        case .heading(_, let text), .paragraph(let text): text.plainText
        case .list: nil
        case .callout(let callout): callout.title
        case .table(let table): table.rows.flatMap { $0.map(\.plainText) }.joined(separator: "\n")
        case .chart(let chart): ([chart.title, chart.summary] + chart.points.map(\.label)).joined(separator: "\n")
        case .descriptionList(let list): list.items.map { "\($0.label) \($0.value.plainText)" }.joined(separator: "\n")
        case .field, .pageBreak: ""
        }
    }
}
