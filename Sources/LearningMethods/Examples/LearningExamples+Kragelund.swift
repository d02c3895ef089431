import ForebygCore

extension LearningExamples {
    /// The seed's account of Ellen's episodes, verbatim.
    enum Ellen {
        static let strain = "Når Ellen bliver stresset og kommer i en belastet situation, fx når hun har talt med sin mor i telefonen, reagerer hun kraftigt."
        static let episode = "Hun bliver voldsom i sit fysiske udtryk, råber og ødelægger ting omkring sig."
        static let afterwards = "Bagefter skammer hun sig ofte over sin reaktion."
        static let agreedSupport = "De har aftalt, at de skal gå tæt på og tilbyde Ellen en samtale om, hvad der sker indeni hende."
        static let ridicule = "Når personalet forsøger at støtte Ellen som aftalt, kommer hun ofte til at latterliggøre dem: ”Som om det skulle hjælpe at snakke om det!”"
        static let doubt = "Det sker igen og igen – og medarbejderne er i tvivl om, hvordan de kommer videre, og hvilke redskaber de kan bruge."
        static let reason = "For at blive klogere på det går de sammen med Ellen i gang med at lave en læringsplan. En slags opskrift på, hvordan de kommer rundt om alle forhold, så de hele tiden kvalificerer samarbejdet."
        static let learningDate = CalendarDate("2026-02-09")
    }

    /// Kragelund's læringsplan for Ellen, the professionals' version: the episode as the seed
    /// tells it, the answers the seed gives, and what is carried into her trivsels- and tryghedsplan.
    public static var ellenLearningPlan: LA2Plan {
        LA2Plan(
            kind: .learning, audience: .professionals, citizen: "Ellen", workplace: kragelund, staffMember: "kontaktperson",
            revisions: [PlanRevision(date: Ellen.learningDate, by: "kontaktperson", note: Ellen.reason)],
            learning: LearningPlanContent(
                leadUp: [Ellen.strain],
                episode: [Ellen.episode],
                answers: [
                    ReflectionAnswer(question: 1, answer: [Ellen.strain]),
                    ReflectionAnswer(question: 2, answer: [Ellen.episode]),
                    ReflectionAnswer(question: 5, answer: [Ellen.agreedSupport + " Det er skrevet ned i Ellens trivselsplan.", Ellen.ridicule, Ellen.doubt]),
                    ReflectionAnswer(question: 9, answer: [Ellen.afterwards]),
                ],
                carriedInto: [
                    CarriedIntoEntry(plan: .wellBeing, section: .signsOfStrain, text: Ellen.strain, carriedOn: Ellen.learningDate),
                    CarriedIntoEntry(plan: .wellBeing, section: .staffSupport, text: Ellen.ridicule, carriedOn: Ellen.learningDate),
                    CarriedIntoEntry(plan: .safety, section: .behaviour, phase: .during, text: Ellen.episode),
                    CarriedIntoEntry(plan: .safety, section: .feelings, phase: .after, text: Ellen.afterwards),
                ]))
    }

    /// Ellen's trivselsplan, the professionals' version: the agreement the seed quotes, and
    /// the læringsplan's learning carried in at a dated revision.
    public static var ellenWellBeingPlan: LA2Plan {
        let first = LA2Plan(
            kind: .wellBeing, audience: .professionals, citizen: "Ellen", workplace: kragelund, staffMember: "kontaktperson",
            revisions: [PlanRevision(date: CalendarDate("2026-01-12"), by: "kontaktperson",
                                     note: "Medarbejderne i botilbuddet har talt med Ellen om advarselssignalerne, og hvad der kan være hjælpsomt for hende, når hun reagerer voldsomt.")],
            wellBeing: WellBeingPlanContent(staffSupport: [Ellen.agreedSupport]))
        return first.incorporating(learningFrom: ellenLearningPlan, on: Ellen.learningDate, by: "kontaktperson")
    }
}
