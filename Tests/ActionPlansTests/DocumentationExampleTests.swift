#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ActionPlans
import ForebygCore
import ForebygTestSupport
import Testing

/// The JSON examples on the format pages in `Documentation/JSON/` decode and validate without errors.
@Suite struct DocumentationExampleTests {
    /// The first ```json block of a format page.
    static func example(_ documentType: String) throws -> Data {
        let url = RepositoryFiles.jsonPages.appendingPathComponent("\(documentType).md")
        let text = try #require(String(data: try Data(contentsOf: url), encoding: .utf8))
        let start = try #require(text.firstRange(of: "```json\n"))
        let end = try #require(text[start.upperBound...].firstRange(of: "```"))
        return Data(text[start.upperBound..<end.lowerBound].utf8)
    }

    @Test func workplacePlanExample() throws {
        let plan = try DocumentCodec.decode(WorkplaceActionPlan.self, from: Self.example("workplace-action-plan"))
        #expect(plan.validate().isEmpty)
        #expect(plan.rows.first?.timing == [.timesPer(3, .day)])
    }

    @Test func proposalExample() throws {
        let proposal = try DocumentCodec.decode(Proposal.self, from: Self.example("proposal"))
        #expect(proposal.validate().isEmpty)
        #expect(proposal.isPrioritised)
    }

    @Test func citizenPlanExample() throws {
        let plan = try DocumentCodec.decode(CitizenActionPlan.self, from: Self.example("citizen-action-plan"))
        #expect(plan.validate().isEmpty)
        #expect(plan.overdueMeasures(at: CalendarDate("2026-03-02")).map(\.id) == ["risikovurdering"])
    }

    @Test func wellbeingGroupPlanExample() throws {
        let plan = try DocumentCodec.decode(WellbeingGroupPlan.self, from: Self.example("wellbeing-group-plan"))
        #expect(plan.validate().isEmpty)
        #expect(plan.statusMeetings.count == 1)
    }
}
