/// The properties of one Word paragraph (`w:pPr`), written in the order ECMA-376 Part 1 requires
/// (`CT_PPrBase`: `pStyle`, `keepNext`, `numPr`, `pBdr`, `shd`, `spacing`, `ind`, then `sectPr`).
struct WordParagraphProperties {
    /// The paragraph style's id, for example `Heading2`.
    var style: String?
    /// Whether the paragraph stays on the page of the next one (a question with its answer).
    var keepsWithNext = false
    /// The numbering instance and level of a list item.
    var numbering: (id: Int, level: Int)?
    /// Whether the paragraph sits in a callout's bordered, shaded box.
    var isBoxed = false
    /// A left indent in twentieths of a point (the second paragraph of a list item).
    var leftIndent: Int?

    /// Whether there is nothing to write.
    var isEmpty: Bool {
        style == nil && !keepsWithNext && numbering == nil && !isBoxed && leftIndent == nil
    }

    /// Writes the `w:pPr` element, or nothing when there are no properties; `sectionEnd` is
    /// the `w:sectPr` of a section that ends with this paragraph.
    func write(into output: inout TextBuffer, sectionEnd: String? = nil) {
        guard !isEmpty || sectionEnd != nil else { return }
        output.append(markup: "<w:pPr>")
        if let style {
            output.append(markup: "<w:pStyle w:val=\"")
            output.append(style)
            output.append(markup: "\"/>")
        }
        if keepsWithNext { output.append(markup: "<w:keepNext/>") }
        if let numbering {
            output.append("<w:numPr><w:ilvl w:val=\"\(numbering.level)\"/><w:numId w:val=\"\(numbering.id)\"/></w:numPr>")
        }
        if isBoxed {
            output.append(markup: "<w:pBdr>")
            for side: StaticString in ["top", "left", "bottom", "right"] {
                output.append(markup: "<w:")
                output.append(markup: side)
                output.append(markup: " w:val=\"single\" w:sz=\"8\" w:space=\"4\" w:color=\"5B6B7A\"/>")
            }
            output.append(markup: "</w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F1F4F7\"/>")
        }
        if let leftIndent { output.append("<w:ind w:left=\"\(leftIndent)\"/>") }
        if let sectionEnd { output.append(sectionEnd) }
        output.append(markup: "</w:pPr>")
    }
}
