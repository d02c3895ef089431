import ForebygCore

extension PlanExamples {
    /// Seed 003's "Eksempel på handleplan for forebyggelse af trusler og vold", verbatim.
    ///
    /// The seed dates nothing, so the plan has no period, adoption or status date; its one
    /// status ("Ca. 1/3 har gennemført kurset i Low Arousal.") is undated and unclassified.
    /// Rows 1–4 leave the Status column empty; their third text is the goal (*mål*). The
    /// structured timings are read from the text: "Ugentligt"/"Månedligt" in Møder and
    /// "3 x dagligt" in Risikovurdering's goal.
    public static let seed003WorkplacePlan = WorkplaceActionPlan(
        title: "Eksempel på handleplan for forebyggelse af trusler og vold",
        authors: [PlanAuthor(role: .leader), PlanAuthor(role: .workEnvironmentRepresentative)],
        rows: [seed003Meetings, seed003Analysis, seed003RiskAssessment, seed003Introduction, seed003Competences]
    )

    private static let seed003Meetings = WorkplaceActionPlan.Row(
        id: "moeder",
        focusArea: "Møder",
        whatHowWhen: """
            Ugentligt: Arbejdsfordeling – ud fra match og kompetencer
            Månedligt: Leder og AMR analyserer registreringer.
            Arbejdsmiljø er fast punkt på personalemøder.
            """,
        timing: [.every(.week), .every(.month)],
        responsible: ["Leder", "AMR"],
        responsibilities: """
            Leder har ansvar for at planlægge møder og sende dagsorden ud til personalemøder.
            AMR har ansvar for at samle registreringerne inden det månedlige møde.
            """,
        goal: """
            Alle episoder bliver drøftet.
            Vold italesættes på møder, fx personalemøder, bl.a. for at drøfte status og effekt af indsatserne.
            Møderne registreres i tidsskema.
            """
    )

    private static let seed003Analysis = WorkplaceActionPlan.Row(
        id: "analyse-af-registreringer",
        focusArea: "Analyse af registreringer",
        whatHowWhen: """
            Leder og AMR analyserer alle registrerede episoder (mønstre, gentagelser osv.)
            Den enkelte episode drøftes i supervisionen mhp. læring.
            """,
        responsible: ["Leder", "AMR", "Alle"],
        responsibilities: """
            Leder og AMR har ansvar for at episoder bliver registreret og analyseret.
            Alle har ansvar for at være åbne om det, der sker, og drøfte det.
            """,
        goal: """
            Alle episoder bliver registreret og analyseret.
            Den enkelte og arbejdspladsen opnår læring.
            Der er åbenhed om trusler og vold.
            """
    )

    private static let seed003RiskAssessment = WorkplaceActionPlan.Row(
        id: "risikovurdering",
        focusArea: "Risikovurdering",
        whatHowWhen: "Se vejledning i risikovurdering.",
        timing: [.timesPer(3, .day)],
        responsible: ["Den daglige koordinator"],
        responsibilities: "Den daglige koordinator har ansvar for, at risikovurderingerne bliver foretaget ud fra planen.",
        goal: """
            Der er risikovurderet 3 x dagligt på alle nye borgere i tre måneder.
            Herefter tages stilling til plan.
            """
    )

    private static let seed003Introduction = WorkplaceActionPlan.Row(
        id: "introduktion-og-oplaering",
        focusArea: "Introduktion og oplæring ift. forebyggelse af trusler og vold",
        whatHowWhen: "Introduktion af nyansatte, elever og vikarer jf. introduktionsplan.",
        responsible: ["AMR", "Koordinator"],
        responsibilities: "Hvis muligt sker intro v. AMR ellers ved koordinator.",
        goal: """
            Alle nye skal have introduktion, inden de har kontakt med borgere.
            Minimum intro til risikoprofiler.
            """
    )

    private static let seed003Competences = WorkplaceActionPlan.Row(
        id: "kompetenceudvikling",
        focusArea: "Kompetenceudvikling",
        whatHowWhen: "Leder og AMR: 15.3 kursus i registrering og analyse. Plan for kurser i Low Arousal",
        responsible: ["Leder"],
        responsibilities: "Leder har ansvar for at kompetenceudviklingsplanen er ajour, og ansatte bliver tilmeldt.",
        statusHistory: [StatusEntry(note: "Ca. 1/3 har gennemført kurset i Low Arousal.")],
        goal: "Alle ansatte skal have kursus i Low Arousal i 2021."
    )
}
