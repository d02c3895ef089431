/// One block-level element of a ``Document``.
public enum Block: Hashable, Sendable {
    /// A heading; level 1 is reserved for the document title, so content starts at level 2.
    case heading(level: Int, text: InlineText)
    /// A paragraph of running text.
    case paragraph(InlineText)
    /// A bulleted or numbered list.
    case list(ListBlock)
    /// A table with a header row.
    case table(Table)
    /// A question with its answer, or with writing space when blank.
    case field(Field)
    /// Labelled values, such as a form's header.
    case descriptionList(DescriptionList)
    /// A boxed note, such as the seeds' OBS and FAKTA boxes.
    case callout(Callout)
    /// A chart with the data behind it.
    case chart(Chart)
    /// A page break when printed; ignored on screen.
    case pageBreak
}
