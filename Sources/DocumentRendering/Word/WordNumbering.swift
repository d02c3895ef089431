/// `word/numbering.xml`: one bulleted definition and one numbered definition, nine levels each,
/// and the instances the document's lists use (every numbered list its own, so that it starts
/// at its own number).
enum WordNumbering {
    /// The numbering part for the numbered lists a ``WordWriter`` claimed.
    static func xml(numberedLists: [(start: Int, level: Int)]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">

            """
        xml += abstractDefinition(id: 0, format: "bullet") { level in ["•", "◦", "▪"][level % 3] }
        xml += abstractDefinition(id: 1, format: "decimal") { level in "%\(level + 1)." }
        xml += "<w:num w:numId=\"\(WordWriter.bulletNumbering)\"><w:abstractNumId w:val=\"0\"/></w:num>\n"
        for (index, list) in numberedLists.enumerated() {
            xml += "<w:num w:numId=\"\(index + 2)\"><w:abstractNumId w:val=\"1\"/>"
                + "<w:lvlOverride w:ilvl=\"\(list.level)\"><w:startOverride w:val=\"\(list.start)\"/></w:lvlOverride></w:num>\n"
        }
        return xml + "</w:numbering>\n"
    }

    /// One abstract definition (`w:lvl` children in the order of `CT_Lvl`: `start`, `numFmt`,
    /// `lvlText`, `lvlJc`, `pPr`).
    private static func abstractDefinition(id: Int, format: String, text: (Int) -> String) -> String {
        let levels = (0..<9).map { level in
            "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text(level))\"/>"
                + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"\(WordWriter.listIndent(level: level))\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        }
        return "<w:abstractNum w:abstractNumId=\"\(id)\"><w:multiLevelType w:val=\"hybridMultilevel\"/>\(levels.joined())</w:abstractNum>\n"
    }
}
