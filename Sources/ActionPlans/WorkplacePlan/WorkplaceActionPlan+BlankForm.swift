public import DocumentTree
import ForebygCore

extension WorkplaceActionPlan {
    /// How many empty rows the blank form gives the plan.
    static let blankRows = 6

    /// Seed 003 as a printable blank handleplan (``WorkplacePlanGuide``): a header to fill in,
    /// the Hvad / Hvordan / Hvorfor frame, and, on a page of its own when printed, the plan table (`action-plan`, columns
    /// `focus_area`, `what_how_when`, `responsible`, `status`, `goal`) whose first row holds each
    /// column's prompt, followed by empty rows.
    public static func blankForm(in language: Language) -> Document {
        let strings = ActionPlansStrings.for(language)
        let header = [strings.workplace, strings.period, strings.authors, strings.adopted, strings.nextRevision, strings.asOf]
        let frame = WorkplacePlanGuide.frame.flatMap { part -> [Block] in
            [.heading(part.heading), .paragraph(part.text)]
        }
        return Document(
            metadata: DocumentMetadata(
                title: strings.workplacePlanTitle, subject: WorkplacePlanGuide.title, language: language,
                slug: "workplace-action-plan-blank"),
            blocks: [.descriptionList(header.map { ($0, "") })] + frame
                + [.pageBreak, .heading(WorkplacePlanGuide.planHeading), .table(blankPlanTable()), SeedSource.actionPlanGuide.line(in: language)])
    }

    private static func blankPlanTable() -> Table {
        let columns = WorkplacePlanGuide.planColumns
        let keys = ["focus_area", "what_how_when", "responsible", "status", "goal"]
        let prompts = columns.map { InlineText($0.prompt.isEmpty ? [] : [.emphasis($0.prompt.joined(separator: "\n"))]) }
        return Table(
            name: "action-plan",
            columns: zip(columns, keys).map { .init(title: $0.title, key: $1) },
            rows: [prompts] + Array(repeating: [], count: blankRows))
    }
}
