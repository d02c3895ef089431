import DocumentTree
import Testing
@testable import DocumentRendering

@Suite struct CSVRendererTests {
    private func files(_ blocks: [Block], options: CSVRenderer.Options = .init()) -> [CSVFile] {
        CSVRenderer(options: options).render(TestDocuments.document(blocks))
    }

    @Test func rfc4180TableUsesKeysCommasAndCRLF() {
        let table = Table(name: "status", columns: [.init(title: "Tiltag", key: "measure"), .init(title: "Note", key: "note")], rows: [["a", "b"]])
        #expect(files([.table(table)]) == [CSVFile(name: "status", contents: "measure,note\r\na,b\r\n")])
    }

    @Test func verticalHeadingIsIgnored() {
        let table = Table(name: "t", columns: [.init(title: "Score", key: "score", headingOrientation: .vertical)], rows: [["1"]])
        #expect(files([.table(table)]) == [CSVFile(name: "t", contents: "score\r\n1\r\n")])
    }

    @Test func danishExcelUsesSemicolonsAndAByteOrderMark() {
        let table = Table(name: "t", columns: [.init(title: "A", key: "a"), .init(title: "B", key: "b")], rows: [["1,5", "x;y"]])
        let file = files([.table(table)], options: .init(dialect: .danishExcel))[0]
        #expect(file.contents == "\u{FEFF}a;b\r\n1,5;\"x;y\"\r\n")
    }

    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("a\nb", "\"a\nb\""),
        ("a\rb", "\"a\rb\""), ("", ""), ("a;b", "a;b"),
    ])
    func quoting(cell: String, expected: String) {
        #expect(files([.table(TestDocuments.table([InlineText(cell)].map { [$0] }))])[0].contents == "column\r\n\(expected)\r\n")
    }

    @Test(arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+45 12", "'+45 12"), ("-2+3", "'-2+3"), ("@cmd", "'@cmd"), ("\tx", "'\tx"),
        ("\rx", "\"'\rx\""), ("-3", "-3"), ("+7", "+7"), ("-2.5", "-2.5"), ("-", "'-"), ("-.5", "'-.5"), ("a=b", "a=b"),
    ])
    func formulasAreNeutralised(cell: String, expected: String) {
        #expect(files([.table(TestDocuments.table([[InlineText(cell)]]))])[0].contents == "column\r\n\(expected)\r\n")
    }

    @Test func neutralisingCanBeTurnedOff() {
        let file = files([.table(TestDocuments.table([["=1+1"]]))], options: .init(neutralizesFormulas: false))[0]
        #expect(file.contents == "column\r\n=1+1\r\n")
    }

    @Test func everyTableIncludingChartsAndNestedOnesGetsAFile() {
        let chart = Chart(name: "chart", kind: .line, title: "T", summary: "S", categoryTitle: "C", valueTitle: "V",
                          points: [.init(label: "a", value: 1.5)])
        let blocks: [Block] = [
            .table(TestDocuments.table([["1"]], name: "one")),
            .callout(Callout(kind: .note, title: "N", blocks: [.table(TestDocuments.table([["2"]], name: "nested"))])),
            .chart(chart),
            .table(Table(name: "empty", columns: [], rows: [])),
        ]
        let result = files(blocks)
        #expect(result.map(\.name) == ["one", "nested", "chart"])
        #expect(result[2].contents == "category,value\r\na,\"1,5\"\r\n")
    }

    @Test func repeatedNamesGetANumber() {
        let blocks: [Block] = [
            .table(TestDocuments.table([], name: "x")), .table(TestDocuments.table([], name: "x")),
            .table(TestDocuments.table([], name: "fields")), .field(Field(label: "Q", answer: nil)),
        ]
        #expect(files(blocks).map(\.name) == ["x", "x-2", "fields", "fields-2"])
    }

    @Test func fieldsExportAsOneFile() {
        let blocks: [Block] = [
            .field(Field(number: "1", label: InlineText([.text("Hvem "), .emphasis("gør")]), answeredBy: "Gruppen", answer: ["a", "b"])),
            .field(Field(label: "Blank", answer: nil)),
        ]
        #expect(files(blocks) == [CSVFile(
            name: "fields",
            contents: "number,question,answered_by,answer\r\n1,Hvem gør,Gruppen,\"a\nb\"\r\n,Blank,,\r\n"
        )])
    }

    @Test func descriptionListsExportAsDetails() {
        let blocks: [Block] = [
            .descriptionList(DescriptionList(items: [.init(label: "Borger", value: "")])),
            .callout(Callout(kind: .fact, title: "F", blocks: [.descriptionList(DescriptionList(items: [.init(label: "Dato", value: "1.2")]))])),
        ]
        #expect(files(blocks) == [CSVFile(name: "details", contents: "label,value\r\nBorger,\r\nDato,1.2\r\n")])
    }

    @Test func raggedRowsGetTheHeadersFieldCount() {
        var table = Table(name: "t", columns: [.init(title: "A", key: "a"), .init(title: "B", key: "b")], rows: [])
        table.rows = [["1"], ["1", "2", "3"]]
        #expect(files([.table(table)])[0].contents == "a,b\r\n1,\r\n1,2\r\n")
    }

    @Test func documentWithoutDataHasNoFiles() {
        #expect(files([.paragraph("x"), .heading(level: 2, text: "h")]).isEmpty)
    }
}
