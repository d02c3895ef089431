import ActionPlans
import CourseModel
import DocumentRendering
import DocumentTree
import ForebygCommandLine
import ForebygCore
import LearningMethods
import RiskTools
import Testing

/// Golden files for every built-in example: Markdown, HTML and CSV (RFC 4180) in Danish, and
/// Markdown in English to show that every fixed label has its translation.
///
/// The Danish-Excel dialect is covered by the `everything` document's golden files.
@Suite struct ExampleGoldenTests {
    /// Every document the command-line tool's `example` writes, plus the course's support sheets,
    /// meeting agendas and the blank and filled printable forms, each under a unique golden base name.
    static func documents(in language: Language) -> [(name: String, document: Document)] {
        let examples = ExampleCatalog.all.map { (name: $0.name, document: $0.document.document(in: language)) }
        let sheets = CourseExamples.supportSheets(in: language).map { (name: $0.name, document: $0.document) }
        let agendas = CourseExamples.meetingAgendas(in: language).map { (name: $0.name, document: $0.document) }
        let forms = [
            (name: "blank-proposal", document: PlanExamples.blankProposal.document(in: language)),
            (name: "blank-bvc-week-sheet", document: BVCWeekSheet(citizen: nil, weekStart: CalendarDate(year: 2026, month: 3, day: 2)!).document(in: language)),
            (name: "seed-002-bvc-week-sheet", document: RiskExamples.bvcWeek.weekSheet(startingOn: CalendarDate(year: 2026, month: 3, day: 2)!).document(in: language)),
            (name: "blank-mestringsskema", document: Mestringsskema.blankSheet(in: language)),
            (name: "blank-fit", document: FITSeries.blankSheets(in: language)),
            (name: "blank-episode-reflection", document: EpisodeReflection.blankSheet(in: language)),
        ]
        let guides = [
            (name: "introduktion", document: PackageIntroduction.document(in: language)),
            (name: "guide-affektudbrudsmodellen", document: AffectModelGuide.document(in: language)),
            (name: "guide-fit", document: FITGuide.document(in: language)),
            (name: "guide-praksisfortaellingsmoede", document: PracticeStoryMeeting.document(in: language)),
            (name: "guide-la2", document: LA2Method.document(in: language)),
        ]
        return examples + guides + sheets + agendas + forms
    }

    static let danishNames = documents(in: .danish).map(\.name)

    @Test(arguments: danishNames)
    func danishDocumentMatchesItsGoldenFiles(name: String) throws {
        let document = try #require(Self.documents(in: .danish).first { $0.name == name }?.document)
        for file in goldenFiles(for: document, baseName: name) where !file.name.contains("-danishExcel-") {
            assertMatchesGolden(file.contents, named: file.name)
        }
    }

    @Test(arguments: danishNames)
    func englishMarkdownMatchesItsGoldenFile(name: String) throws {
        let document = try #require(Self.documents(in: .english).first { $0.name == name }?.document)
        #expect(document.metadata.languageTag == "en")
        assertMatchesGolden(MarkdownRenderer().render(document), named: "\(name).en.md")
    }

    @Test func allSupportSheetsOnOnePrintablePage() {
        let sheets = CourseExamples.supportSheets(in: .danish).map(\.document)
        #expect(sheets.count == 5)
        let page = HTMLRenderer().render(sheets, title: "Støtteark 1–5", languageTag: "da")
        assertMatchesGolden(page, named: "stoetteark-1-5.html")
    }

    @Test func everyExampleHasUniqueGoldenNames() {
        #expect(Set(Self.danishNames).count == Self.danishNames.count)
    }
}
