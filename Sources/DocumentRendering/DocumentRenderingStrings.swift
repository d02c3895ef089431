import DocumentTree

/// The renderers' own fixed labels, in each supported language.
///
/// Everything else a renderer writes comes from the document itself.
struct DocumentRenderingStrings: Sendable {
    /// Introduces who fills in a field ("Udfyldes af").
    let answeredBy: String
    /// The caption of a chart's data table ("Datagrundlag").
    let chartData: String
    /// Introduces a chart's reference lines ("Referencelinjer").
    let referenceLines: String
    /// Separates the title and date in the footer.
    let footerSeparator: String
    /// Starts the printed page number ("Side 2 af 5").
    let page: String
    /// Joins the page number and the page count ("af").
    let pageOf: String

    /// Danish, the default.
    static let danish = DocumentRenderingStrings(
        answeredBy: "Udfyldes af",
        chartData: "Datagrundlag",
        referenceLines: "Referencelinjer",
        footerSeparator: " · ",
        page: "Side",
        pageOf: "af"
    )

    /// English.
    static let english = DocumentRenderingStrings(
        answeredBy: "To be completed by",
        chartData: "Data",
        referenceLines: "Reference lines",
        footerSeparator: " · ",
        page: "Page",
        pageOf: "of"
    )

    /// The labels in a language.
    static func `for`(_ language: Language) -> DocumentRenderingStrings {
        switch language {
        case .danish: .danish
        case .english: .english
        }
    }
}
