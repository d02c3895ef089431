/// The page every Word document is laid out on: A4 portrait with 2.5 cm side margins and 2 cm
/// at the top and bottom, the footer 1 cm above the page's edge (measures in twentieths of a point).
enum WordPage {
    /// A4's width, 210 mm.
    static let width = 11906
    /// A4's height, 297 mm.
    static let height = 16838
    /// The left and right margins, 2.5 cm.
    static let sideMargin = 1418
    /// The top and bottom margins, 2 cm.
    static let verticalMargin = 1134
    /// The distance from the page's bottom edge to the footer, 1 cm.
    static let footerDistance = 567
    /// The height of one line to write on by hand in a form (22 pt, about 8 mm): a writing line,
    /// and the least height of a table row without text.
    static let writingLineHeight = 440

    /// The section properties (`w:sectPr`, children in the order of `CT_SectPr`:
    /// `footerReference`, `type`, `pgSz`, `pgMar`, `cols`, `docGrid`) of a section whose footer
    /// is the relationship `footerID`.
    static func sectionProperties(footerID: String) -> String {
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"\(footerID)\"/><w:type w:val=\"nextPage\"/>"
            + "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"/>"
            + "<w:pgMar w:top=\"\(verticalMargin)\" w:right=\"\(sideMargin)\" w:bottom=\"\(verticalMargin)\" w:left=\"\(sideMargin)\""
            + " w:header=\"\(footerDistance)\" w:footer=\"\(footerDistance)\" w:gutter=\"0\"/>"
            + "<w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr>"
    }
}
