import ActionPlans
import Testing

@Suite struct ExampleNameTests {
    @Test func exampleNamesAreTheAgreedOnes() {
        #expect(Set(PlanExamples.all.map(\.name)).isSuperset(of: ["seed-000-forslag-alenearbejde", "seed-003-handleplan"]))
    }
}
