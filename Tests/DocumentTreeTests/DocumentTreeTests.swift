import DocumentTree
import Testing

@Suite struct DocumentTreeTests {
    @Test func tablesPadAndCutRowsToTheHeader() {
        let table = Table(
            name: "t",
            columns: [.init(title: "A", key: "a"), .init(title: "B", key: "b")],
            rows: [["1"], ["1", "2", "3"], ["x", "y"]]
        )
        #expect(table.rows.map { $0.map(\.plainText) } == [["1", ""], ["1", "2"], ["x", "y"]])
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

    @Test func allBlocksWalksDepthFirstInReadingOrder() {
        let list = Block.list(ListBlock(style: .bulleted, items: [[.paragraph("a1"), .paragraph("a2")], [.paragraph("b")]]))
        let callout = Block.callout(Callout(kind: .fact, title: "FAKTA", blocks: [.paragraph("c1"), list, .paragraph("c2")]))
        let document = Document(metadata: DocumentMetadata(title: "T", slug: "t"), blocks: [.heading("h"), callout, .pageBreak])
        #expect(callout.children == [.paragraph("c1"), list, .paragraph("c2")])
        #expect(list.children == [.paragraph("a1"), .paragraph("a2"), .paragraph("b")])
        #expect(Block.heading("h").children.isEmpty)
        #expect(document.allBlocks == [
            .heading("h"), callout, .paragraph("c1"), list, .paragraph("a1"), .paragraph("a2"), .paragraph("b"),
            .paragraph("c2"), .pageBreak,
        ])
        #expect(callout.allBlocks == Array(document.allBlocks[1...7]))
    }

    @Test func buildersSpellOutTheCases() {
        #expect(Block.heading("Dagsorden") == .heading(level: 2, text: InlineText("Dagsorden")))
        #expect(Block.heading("Roller", level: 3) == .heading(level: 3, text: InlineText("Roller")))
        #expect(Block.paragraph("Tekst") == .paragraph(InlineText("Tekst")))
        #expect(Block.bullets(["a", "b"]) == .list(ListBlock(style: .bulleted, items: [[.paragraph(InlineText("a"))], [.paragraph(InlineText("b"))]])))
        #expect(Block.numbered(["a"]) == .list(ListBlock(style: .numbered(start: 1), items: [[.paragraph(InlineText("a"))]])))
        #expect(Block.field("Hvad?", entries: ["x", "y"]) == .field(Field(label: "Hvad?", answer: ["x", "y"])))
        #expect(Block.field("Hvad?", entries: [], writingLines: 2) == .field(Field(label: "Hvad?", answer: nil, writingLines: 2)))
        #expect(Block.descriptionList([("Borger", "A"), ("Dato", "")])
            == .descriptionList(DescriptionList(items: [.init(label: "Borger", value: "A"), .init(label: "Dato", value: "")])))
    }

    @Test func plainTextDropsEmphasis() {
        let text = InlineText([.text("a "), .strong("b"), .emphasis(" c")])
        #expect(text.plainText == "a b c")
        #expect(!text.isEmpty)
        #expect(InlineText("").isEmpty)
    }

    @Test func textOfOneSpanIsTheSameValueHoweverItIsMade() {
        let fromString = InlineText("a")
        let fromSpans = InlineText([.text("a")])
        var edited = InlineText([.strong("x"), .text("a")])
        edited.spans.removeFirst()
        for text in [fromSpans, edited] {
            #expect(text == fromString)
            #expect(text.hashValue == fromString.hashValue)
        }
        #expect(InlineText([.text("a"), .text("")]) != fromString)
        #expect(InlineText([]).spans.isEmpty)
        #expect(InlineText([]).isEmpty)
    }

    @Test func forEachSpanGoesThroughTheSpansInOrder() {
        let text = InlineText([.text("a "), .strong("b"), .emphasis(" c")])
        var seen: [Inline] = []
        text.forEachSpan { seen.append($0) }
        #expect(seen == text.spans)
        #expect(seen == [.text("a "), .strong("b"), .emphasis(" c")])
    }
}
