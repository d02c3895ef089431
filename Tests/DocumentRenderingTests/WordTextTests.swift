import DocumentTree
import Testing
@testable import DocumentRendering

/// Escaping and text runs in the Word renderer's XML.
@Suite struct WordTextTests {
    @Test func xmlEscapesEachSpecialCharacterAndReplacesForbiddenOnes() {
        var buffer = TextBuffer(capacity: 64)
        buffer.appendXML("<a href=\"x\">'&'</a>\u{0}\u{1F}\u{7F}\u{85}\u{FFFE}\u{FFFF}y\u{202E}æ")
        #expect(buffer.string == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}y\u{202E}æ")
    }

    @Test func runsKeepSpacesTabsAndLineBreaks() {
        var buffer = TextBuffer(capacity: 64)
        buffer.appendWordRunText("  a\tb\r\nc\rd\ne  ")
        let t = "<w:t xml:space=\"preserve\">"
        #expect(buffer.string == "\(t)  a</w:t><w:tab/>\(t)b</w:t><w:br/>\(t)c</w:t><w:br/>\(t)d</w:t><w:br/>\(t)e  </w:t>")
    }

    @Test func headingsUseWordsOwnStyles() {
        let xml = documentXML([.heading(level: 2, text: "To"), .heading(level: 9, text: "Ni")])
        #expect(xml.contains("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Titel</w:t></w:r></w:p>"))
        #expect(xml.contains("<w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t xml:space=\"preserve\">To</w:t>"))
        #expect(xml.contains("<w:pStyle w:val=\"Heading6\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Ni</w:t>"))
    }

    @Test func emphasisBecomesBoldAndItalicRuns() {
        let xml = documentXML([.paragraph(InlineText([.text("a"), .emphasis("b"), .strong("c")]))])
        #expect(xml.contains("<w:r><w:t xml:space=\"preserve\">a</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">b</w:t></w:r><w:r><w:rPr><w:b/></w:rPr>"))
    }

    @Test func numberedListsGetTheirOwnNumberingInstance() {
        let parts = WordRenderer().parts(
            for: [TestDocuments.document([
                .list(ListBlock(style: .numbered(start: 3), paragraphs: ["a"])),
                .list(ListBlock(style: .bulleted, paragraphs: ["b"])),
                .list(ListBlock(style: .numbered(start: 1), paragraphs: ["c"])),
            ])], title: "T", subject: nil, language: .danish)
        let xml = String(decoding: parts[4].bytes, as: UTF8.self)
        let numbering = String(decoding: parts[6].bytes, as: UTF8.self)
        #expect(xml.contains("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>"))
        #expect(xml.contains("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"))
        #expect(xml.contains("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>"))
        #expect(numbering.contains("<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"3\"/>"))
    }

    @Test func tablesRepeatTheirHeaderRow() {
        let xml = documentXML([.table(TestDocuments.table([["x"]]))])
        #expect(xml.contains("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"))
        #expect(xml.ranges(of: "<w:tblHeader/>").count == 1)
    }

    @Test func rowsWithoutTextAreWritingSpace() {
        let xml = documentXML([.table(TestDocuments.table([["x"], [""], []]))])
        #expect(xml.ranges(of: "<w:trHeight w:val=\"440\" w:hRule=\"atLeast\"/>").count == 2)
        #expect(xml.contains("<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc>"))
    }

    @Test func blankFieldsGetWritingLinesAndFilledOnesTheirAnswer() {
        let blank = documentXML([.field(Field(number: "1", label: "Hvad?", answer: nil, writingLines: 3))])
        #expect(blank.ranges(of: "<w:pStyle w:val=\"WritingLine\"/>").count == 3)
        let filled = documentXML([.field(Field(label: "Hvad?", answer: ["Svar"]))])
        #expect(filled.contains(">Svar</w:t>"))
        #expect(!filled.contains("WritingLine"))
    }

    @Test func calloutsAreBoxedAndPageBreaksBreakThePage() {
        let xml = documentXML([.callout(Callout(kind: .note, title: "OBS", blocks: [.paragraph("Vigtigt")])), .pageBreak])
        #expect(xml.ranges(of: "<w:pBdr>").count == 2)
        #expect(xml.contains("<w:br w:type=\"page\"/>"))
    }

    @Test func severalDocumentsEachGetASectionAndAFooter() {
        let documents = [TestDocuments.document([]), TestDocuments.document([], language: .english)]
        let parts = WordRenderer().parts(for: documents, title: "Samlet", subject: nil, language: .danish)
        let xml = String(decoding: parts[4].bytes, as: UTF8.self)
        #expect(xml.ranges(of: "<w:sectPr>").count == 2)
        #expect(xml.contains("<w:lang w:val=\"en-GB\"/>"))
        #expect(parts.map(\.path).suffix(2) == ["word/footer1.xml", "word/footer2.xml"])
        let footer = String(decoding: parts[9].bytes, as: UTF8.self)
        #expect(footer.contains("Page "))
        #expect(footer.contains(" NUMPAGES "))
    }

    private func documentXML(_ blocks: [Block]) -> String {
        let parts = WordRenderer().parts(for: [TestDocuments.document(blocks)], title: "T", subject: nil, language: .danish)
        return String(decoding: parts[4].bytes, as: UTF8.self)
    }
}
