import DocumentTree
import Testing

@Suite struct DocumentTreeTests {
    @Test func tablesPadAndCutRowsToTheHeader() {
        let table = Table(
            name: "t",
            columns: [.init(title: "A", key: "a"), .init(title: "B", key: "b")],
            rows: [["1"], ["1", "2", "3"]]
        )
        #expect(table.rows.map { $0.map(\.plainText) } == [["1", ""], ["1", "2"]])
    }

    @Test func findsNestedTablesAndFieldsInReadingOrder() {
        let inner = Table(name: "inner", columns: [.init(title: "X", key: "x")], rows: [])
        let chart = Chart(
            name: "chart", kind: .bar, title: "Antal", summary: "", categoryTitle: "Måned", valueTitle: "Antal",
            points: [.init(label: "januar", value: 3), .init(label: "februar", value: 1.5)])
        let document = Document(
            metadata: DocumentMetadata(title: "T", slug: "t"),
            blocks: [
                .field(Field(label: "Q1", answer: nil)),
                .callout(Callout(kind: .note, title: "OBS", blocks: [.table(inner), .field(Field(label: "Q2", answer: ["a"]))])),
                .chart(chart),
            ])
        #expect(document.tables.map(\.name) == ["inner", "chart"])
        #expect(document.fields.map(\.label.plainText) == ["Q1", "Q2"])
        #expect(chart.dataTable.rows.map { $0.map(\.plainText) } == [["januar", "3"], ["februar", "1,5"]])
        #expect(chart.dataTable.columns.map(\.key) == ["category", "value"])
    }

    @Test func plainTextDropsEmphasis() {
        let text = InlineText([.text("a "), .strong("b"), .emphasis(" c")])
        #expect(text.plainText == "a b c")
        #expect(!text.isEmpty)
        #expect(InlineText("").isEmpty)
    }
}
