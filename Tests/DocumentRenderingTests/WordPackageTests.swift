import DocumentTree
import Testing
@testable import DocumentRendering

/// The in-house ZIP container and CRC-32 behind the Word renderer.
@Suite struct WordPackageTests {
    /// Published CRC-32 check values (the "123456789" check value of the CRC catalogue, and the
    /// values every zlib and Python's `zlib.crc32` give).
    @Test(arguments: [
        ("", UInt32(0x0000_0000)),
        ("a", 0xE8B7_BE43),
        ("abc", 0x3524_41C2),
        ("123456789", 0xCBF4_3926),
        ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
    ])
    func crc32MatchesKnownVectors(input: String, expected: UInt32) {
        #expect(CRC32.checksum(Array(input.utf8)) == expected)
    }

    @Test func crc32OfEveryByteValue() {
        #expect(CRC32.checksum(Array(0...255)) == 0x2905_8C73)
    }

    @Test func archiveHasLocalHeadersADirectoryAndAnEndRecord() {
        var archive = ZIPArchive(capacity: 64)
        archive.add(path: "a.txt", bytes: Array("hej".utf8))
        archive.add(path: "b/c.xml", bytes: [])
        let bytes = archive.finish()
        #expect(bytes.prefix(4) == [0x50, 0x4B, 0x03, 0x04])
        let end = bytes.suffix(22)
        #expect(Array(end.prefix(4)) == [0x50, 0x4B, 0x05, 0x06])
        #expect(Array(end.dropFirst(8).prefix(4)) == [2, 0, 2, 0])
        // Local header 30 + 5 + 3, then 30 + 7: the directory starts at 75.
        #expect(Array(end.dropFirst(16).prefix(4)) == [75, 0, 0, 0])
        #expect(bytes.count == 75 + (46 + 5) + (46 + 7) + 22)
    }

    @Test func sameDocumentGivesTheSameBytes() {
        let document = TestDocuments.document([.paragraph("Tekst"), .list(ListBlock(style: .numbered(start: 2), paragraphs: ["a"]))])
        #expect(WordRenderer().render(document) == WordRenderer().render(document))
    }

    @Test func packageStoresItsPartsInAFixedOrder() {
        let parts = WordRenderer().parts(for: [TestDocuments.document([])], title: "T", subject: nil, language: .danish)
        #expect(parts.map(\.path) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels",
            "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/footer1.xml",
        ])
    }

    @Test func languagesBecomeWordsRegionalTags() {
        #expect(WordRenderer.wordLanguage(.danish) == "da-DK")
        #expect(WordRenderer.wordLanguage(.english) == "en-GB")
    }

    @Test func coreAndStylesCarryTheLanguage() {
        let parts = WordRenderer().parts(for: [TestDocuments.document([], language: .english)], title: "T & U", subject: "S", language: .english)
        let core = String(decoding: parts[2].bytes, as: UTF8.self)
        #expect(core.contains("<dc:title>T &amp; U</dc:title><dc:subject>S</dc:subject><dc:language>en-GB</dc:language>"))
        #expect(String(decoding: parts[5].bytes, as: UTF8.self).contains("<w:lang w:val=\"en-GB\""))
    }

    @Test func columnWidthsFillTheTextWidth() {
        let table = Table(name: "t", columns: [.init(title: "A", key: "a"), .init(title: "Beskrivelse", key: "b")],
                          rows: [["1", "En lang beskrivelse af noget der fylder"]])
        let widths = WordWriter.columnWidths(table)
        #expect(widths.reduce(0, +) == WordWriter.textWidth)
        #expect(widths[0] < widths[1])
    }
}
