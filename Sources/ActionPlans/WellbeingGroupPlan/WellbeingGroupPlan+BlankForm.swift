public import DocumentTree
import ForebygCore

extension WellbeingGroupPlan {
    /// How many empty rows the blank form gives step 1's members after the seed's three titles.
    static let blankMemberRows = 3
    /// How many empty rows the blank form gives the activity plan, which has a page of its own.
    static let blankActivityRows = 10

    /// Seed 001 as a printable blank guide and plan, in the seed's order and words
    /// (``WellbeingGroupGuide``): the introduction with the guide's links and the dialogue questions; step 1's member
    /// table (`wellbeing-members`) with the titles Leder, Arbejdsmiljørepræsentant and
    /// Tillidsrepræsentant; step 2's three questions and its three fields to write in; step 3's
    /// column instructions and a field for the agreed status meetings; and, on a page of its own
    /// to write on (as the workplace plan's blank form has), the activity plan
    /// (`wellbeing-activities`), whose first row holds each column's prompt.
    public static func blankForm(in language: Language) -> Document {
        let strings = ActionPlansStrings.for(language)
        let guide = WellbeingGroupGuide.self
        let opening: [Block] =
            [.descriptionList(DescriptionList(items: [.init(label: strings.workplace, value: ""), .init(label: strings.start, value: "")]))]
            + guide.introduction.map(Block.paragraph)
            + [.callout(Callout(kind: .fact, title: strings.guideLinks, blocks: guide.links.map(Block.paragraph)))]
            + [.heading(guide.dialogueHeading)] + guide.dialogueIntroduction.map(Block.paragraph)
            + [.bullets(guide.dialogueQuestions), .paragraph(guide.dialogueOutcome)]
        let blocks: [Block] = opening
            + [.heading(guide.stepsHeading), .paragraph(guide.stepsIntroduction)]
            + [.heading(strings.stepOneHeading), .paragraph(guide.stepOne), .table(blankMembersTable(strings))]
            + [.heading(strings.stepTwoHeading), .paragraph(guide.stepTwo), .bullets(guide.stepTwoQuestions)]
            + [.paragraph(guide.writeConclusions)]
            + [purposeQuestion, goalsQuestion, successQuestion].map { .field(Field(label: InlineText($0), answer: nil, writingLines: 5)) }
            + [.heading(strings.stepThreeHeading)] + guide.stepThree.map(Block.paragraph)
            + [columnInstructions(), .paragraph(guide.planFollowUp)]
            + [.field(Field(label: InlineText(guide.statusMeetingAgreement), answer: nil, writingLines: 3))]
            + [.pageBreak, .heading(guide.planHeading, level: 3), .table(blankActivitiesTable())]
        return Document(
            metadata: DocumentMetadata(title: guide.title, subject: strings.wellbeingPlanTitle, language: language, slug: "wellbeing-group-plan-blank"),
            blocks: blocks)
    }

    private static func columnInstructions() -> Block {
        let guide = WellbeingGroupGuide.self
        let items = guide.stepThreeColumnInstructions.enumerated().map { index, instruction -> [Block] in
            index == 1 ? [.paragraph(instruction), .bullets(guide.stepThreeSecondColumnPoints)] : [.paragraph(instruction)]
        }
        return .list(ListBlock(style: .bulleted, items: items))
    }

    private static func blankMembersTable(_ strings: ActionPlansStrings) -> Table {
        let rows = WellbeingGroupGuide.stepOneRoles.map { ["", InlineText($0)] } + Array(repeating: [], count: blankMemberRows)
        return Table(
            name: "wellbeing-members",
            columns: [
                .init(title: strings.memberName, key: "name"), .init(title: strings.memberTitle, key: "title"),
                .init(title: strings.roleAndResponsibility, key: "role_and_responsibility"),
            ],
            rows: rows)
    }

    private static func blankActivitiesTable() -> Table {
        let columns = WellbeingGroupGuide.planColumns
        let prompts = columns.map { InlineText([.emphasis($0.prompt.joined(separator: "\n"))]) }
        return Table(
            name: "wellbeing-activities",
            columns: zip(columns, activityColumnKeys).map { .init(title: $0.title, key: $1) },
            rows: [prompts] + Array(repeating: [], count: blankActivityRows))
    }

    /// The activity plan's column keys, shared by the filled plan and the blank form.
    static let activityColumnKeys = ["activity", "description", "status", "deadline_and_responsible"]
}
