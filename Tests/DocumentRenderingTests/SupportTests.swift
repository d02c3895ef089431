import DocumentTree
import Testing
@testable import DocumentRendering

@Suite struct SupportTests {
    @Test(arguments: [(Language.danish, "Udfyldes af"), (.english, "To be completed by")])
    func labelsFollowTheLanguage(language: Language, answeredBy: String) {
        #expect(DocumentRenderingStrings.for(language).answeredBy == answeredBy)
    }

    @Test(arguments: [(0.3, 0.5), (2.25, 5.0), (1.0, 1.0), (7.0, 10.0), (120.0, 200.0), (0.0, 1.0), (Double.infinity, 1.0)])
    func niceSteps(raw: Double, step: Double) {
        #expect(ChartGeometry.niceStep(raw) == step)
    }

    @Test(arguments: [(12.0, "12"), (12.34, "12.3"), (-0.5, "-0.5"), (-12.25, "-12.3"), (0.04, "0")])
    func coordinatesHaveAtMostOneDecimal(value: Double, text: String) {
        #expect(ChartGeometry.format(value) == text)
    }

    @Test func axisCoversPointsReferenceLinesAndZero() {
        let chart = Chart(name: "c", kind: .bar, title: "", summary: "", categoryTitle: "", valueTitle: "",
                          points: [.init(label: "a", value: 9), .init(label: "b", value: -1)], referenceLines: [.init(label: "r", value: 12)])
        let geometry = ChartGeometry(chart: chart)
        #expect(geometry.axisMinimum == -5 && geometry.axisMaximum == 15 && geometry.ticks == [-5, 0, 5, 10, 15])
        #expect(geometry.y(15) == ChartGeometry.plotTop && geometry.y(-5) == ChartGeometry.plotBottom)
    }

    @Test func tickLabelsHaveTheStepsDecimals() {
        let chart = Chart(name: "c", kind: .line, title: "", summary: "", categoryTitle: "", valueTitle: "",
                          points: [.init(label: "a", value: 0.35), .init(label: "b", value: -0.05)])
        let geometry = ChartGeometry(chart: chart)
        #expect(geometry.step == 0.1)
        #expect(geometry.ticks.map { geometry.tickLabel($0) } == ["-0.1", "0.0", "0.1", "0.2", "0.3", "0.4"])
        #expect(geometry.ticks.map { geometry.tickLabel($0, decimalSeparator: ",") } == ["-0,1", "0,0", "0,1", "0,2", "0,3", "0,4"])
    }

    @Test func chartsWriteNumbersWithTheirDecimalSeparator() {
        let chart = Chart(name: "c", kind: .bar, title: "T", summary: "S", categoryTitle: "X", valueTitle: "Y",
                          points: [.init(label: "a", value: 27.1), .init(label: "b", value: 3)],
                          referenceLines: [.init(label: "Grænse", value: 25.5)], language: .danish)
        #expect(chart.dataTable.rows.map { $0[1].plainText } == ["27,1", "3"])
        let html = HTMLRenderer().render(Document(metadata: .init(title: "T", slug: "t"), blocks: [.chart(chart)]))
        #expect(html.contains(">27,1</text>"))
        #expect(html.contains("Grænse: 25,5"))
        #expect(!html.contains("27.1"))
    }

    @Test func aChartAndItsDocumentAgreeOnDanishByDefault() {
        var chart = Chart(name: "c", kind: .bar, title: "T", summary: "S", categoryTitle: "X", valueTitle: "Y",
                          points: [.init(label: "a", value: 0.5)])
        #expect(chart.language == DocumentMetadata(title: "T", slug: "t").language)
        #expect(chart.formatted(0.5) == "0,5")
        chart.language = .english
        #expect(chart.formatted(0.5) == "0.5")
    }

    @Test func shortenedLabelsEndInAnEllipsis() {
        #expect(HTMLWriter.shortened("Januar", to: 10) == "Januar")
        #expect(HTMLWriter.shortened("Januar", to: 4) == "Jan…")
    }

    @Test func trimmingWhitespaceAcrossSpans() {
        let text = InlineText([.text("  "), .emphasis(" a "), .text("b \n")]).trimmingWhitespace
        #expect(text == InlineText([.emphasis("a "), .text("b")]))
    }
}
