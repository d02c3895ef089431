extension CourseRole {
    /// What the seed's organisation chart ("Hvem deltager i forløbet?") says the role does,
    /// verbatim in Danish; empty where the chart names the role without a task. The chart puts
    /// the top manager and the daily manager under *Ledelsen*, so both carry its line.
    public var overview: [String] {
        switch self {
        case .topManager, .dailyManager:
            ["Sætter rammerne for forløbet – både organisatorisk, praktisk og økonomisk"]
        case .implementationGroup:
            ["Planlægger hele forløbet", "Sikrer at tiltag, der vedtages, implementeres og forankres"]
        case .facilitator: ["Er bindeled til implementeringsgruppen", "Styrer møderne"]
        case .workingGroup: ["Bidrager aktivt med erfaringer og ideer til udvikling af nye tiltag"]
        case .scribe, .otherEmployees, .worksCouncil: []
        }
    }
}
