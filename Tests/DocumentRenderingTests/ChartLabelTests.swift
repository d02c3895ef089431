import DocumentTree
import Testing

@testable import DocumentRendering

@Suite struct ChartLabelTests {
    private func chart(labels: [String]) -> Chart {
        Chart(
            name: "c", kind: .bar, title: "T", summary: "S", categoryTitle: "X", valueTitle: "Y",
            points: labels.map { .init(label: $0, value: 1) })
    }

    @Test func longSeriesWriteEveryOtherLabelInFull() {
        let hours = chart(labels: (0..<24).map { String(format2: $0) + ":00" })
        let html = HTMLRenderer().render(Document(metadata: .init(title: "T", slug: "t"), blocks: [.chart(hours)]))
        #expect(html.contains(">00:00</text>"))
        #expect(html.contains(">02:00</text>"))
        #expect(!html.contains(">01:00</text>"))
        #expect(!html.contains("…</text>"))
    }

    @Test func shortSeriesKeepEveryLabelAndShortenLongOnes() {
        let categories = chart(labels: ["Trusler og anden krænkende verbal adfærd", "Fysisk vold"])
        #expect(HTMLWriter.labelStride(for: categories, slotWidth: 276) == 1)
        let html = HTMLRenderer().render(Document(metadata: .init(title: "T", slug: "t"), blocks: [.chart(categories)]))
        #expect(html.contains(">Fysisk vold</text>"))
        #expect(html.contains("…</text>"))
    }
}

extension String {
    fileprivate init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
