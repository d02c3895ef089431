/// Small builders for the blocks every document mapping writes, from plain `String`s, so that a
/// mapping reads `.heading(strings.agenda)` rather than
/// `.heading(level: 2, text: InlineText(strings.agenda))`. Each builds the same value as the
/// spelled-out case; the text is plain and escaped by every renderer.
extension Block {
    /// A heading from plain text; level 2 unless told otherwise (level 1 is the document title).
    public static func heading(_ text: String, level: Int = 2) -> Block {
        .heading(level: level, text: InlineText(text))
    }

    /// A paragraph from plain text.
    public static func paragraph(_ text: String) -> Block {
        .paragraph(InlineText(text))
    }

    /// A bulleted list whose items are plain-text paragraphs, one per string.
    public static func bullets(_ items: [String]) -> Block {
        .list(ListBlock(style: .bulleted, paragraphs: items.map { InlineText($0) }))
    }

    /// A list numbered from 1 whose items are plain-text paragraphs, one per string.
    public static func numbered(_ items: [String]) -> Block {
        .list(ListBlock(style: .numbered(start: 1), paragraphs: items.map { InlineText($0) }))
    }

    /// Labelled plain-text values, such as a form's header ("Borger", "Dato"); an empty value
    /// prints as writing space.
    public static func descriptionList(_ items: [(label: String, value: String)]) -> Block {
        .descriptionList(DescriptionList(items: items.map { DescriptionList.Item(label: $0.label, value: InlineText($0.value)) }))
    }

    /// A field whose answer is the given entries, one line each; with no entries it is blank and
    /// printed with `writingLines` lines of writing space, so that a partly filled form can still
    /// be completed by hand.
    public static func field(_ label: String, entries: [String], writingLines: Int = 4) -> Block {
        .field(Field(label: InlineText(label), answer: entries.isEmpty ? nil : entries.map { InlineText($0) }, writingLines: writingLines))
    }
}
