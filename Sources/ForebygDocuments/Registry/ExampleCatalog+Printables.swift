import ActionPlans
import CourseModel
public import DocumentTree
import ForebygCore
import LearningMethods
import RiskTools

extension ExampleCatalog {
    /// The printable documents that have no JSON of their own: the course's introduction, the
    /// støtteark and meeting agendas, seed 002's method guides, and blank and filled forms.
    public static func printables(in language: Language) -> [(module: String, name: String, document: Document)] {
        let weekStart = CalendarDate("2026-03-02")
        let course = [(name: "introduktion", document: PackageIntroduction.document(in: language))]
            + CourseExamples.supportSheets(in: language) + CourseExamples.meetingAgendas(in: language)
        let plans = [
            (name: "blank-proposal", document: PlanExamples.blankProposal.document(in: language)),
            (name: "blank-trivselsgruppe", document: WellbeingGroupPlan.blankForm(in: language)),
            (name: "blank-handleplan", document: WorkplaceActionPlan.blankForm(in: language)),
        ]
        let risk = [
            (name: "blank-bvc-week-sheet", document: BVCWeekSheet(citizen: nil, weekStart: weekStart).document(in: language)),
            (name: "seed-002-bvc-week-sheet", document: RiskExamples.bvcWeek.weekSheet(startingOn: weekStart).document(in: language)),
            (name: "blank-mestringsskema", document: Mestringsskema.blankSheet(in: language)),
            (name: "blank-fit", document: FITSeries.blankSheets(in: language)),
            (name: "blank-episode-reflection", document: EpisodeReflection.blankSheet(in: language)),
            (name: "guide-affektudbrudsmodellen", document: AffectModelGuide.document(in: language)),
            (name: "guide-fit", document: FITGuide.document(in: language)),
            (name: "guide-mestringsskema-bvc", document: MestringsskemaGuide.document(in: language)),
        ]
        let learning = [
            (name: "guide-praksisfortaellingsmoede", document: PracticeStoryMeeting.document(in: language)),
            (name: "guide-la2", document: LA2Method.document(in: language)),
            (name: "guide-tavlemoede", document: BoardMeeting.guide(in: language)),
            (name: "guide-beboerkonference", document: ResidentConference.guide(in: language)),
            (name: "guide-laering", document: LearningIntroduction.document(in: language)),
        ]
        let modules = [("course", course), ("plans", plans), ("risk", risk), ("learning", learning)]
        return modules.flatMap { module, documents in documents.map { (module, $0.name, $0.document) } }
    }
}
