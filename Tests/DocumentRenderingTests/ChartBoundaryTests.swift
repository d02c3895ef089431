import DocumentTree
import Testing
@testable import DocumentRendering

/// Charts built with extreme values render in every format without trapping: the axis spans at
/// most ±2^53 and every conversion to a whole number is clamped.
@Suite struct ChartBoundaryTests {
    static let extremes: [[Double]] = [
        [1e308, -1e308], [.greatestFiniteMagnitude, 0], [.nan, .infinity, -.infinity], [9_007_199_254_740_992, 1],
        [-9_223_372_036_854_775_808, 9_223_372_036_854_775_808], [1e-300, 2e-300],
    ]

    @Test(arguments: extremes)
    func rendersExtremeValues(values: [Double]) {
        let chart = Chart(
            name: "c", kind: .bar, title: "t", summary: "s", categoryTitle: "x", valueTitle: "y",
            points: values.map { .init(label: "p", value: $0) }, referenceLines: [.init(label: "r", value: values[0])])
        let document = TestDocuments.document([.chart(chart)])
        #expect(HTMLRenderer().render(document).contains("<svg"))
        #expect(!MarkdownRenderer().render(document).isEmpty)
        #expect(!CSVRenderer().render(document).isEmpty)
    }

    @Test func wholeNumbersAreClamped() {
        #expect(ChartGeometry.wholeNumber(.nan) == 0)
        #expect(ChartGeometry.wholeNumber(.infinity) == 9_007_199_254_740_992)
        #expect(ChartGeometry.wholeNumber(-1e308) == -9_007_199_254_740_992)
        #expect(ChartGeometry.wholeNumber(2.5) == 3)
    }
}
