extension CoursePhase {
    /// How long the phase runs, as the seed's overview says ("Løber over ca. 1 uge").
    public var span: String {
        switch self {
        case .preparation: "Løber over ca. 1 uge"
        case .startup: "Løber over ca. 1 måned"
        case .discussion: "Løber over ca. 4½–5 måneder"
        case .conclusion: "Løber over 1 dag"
        }
    }

    /// The phase's activities in the order of the seed's timeline (støtteark 1), verbatim.
    public var activities: [String] {
        switch self {
        case .preparation:
            [
                "Nedsættelse af implementeringsgruppe",
                "Implementeringsgruppen læser materialet i forebyggelsespakken grundigt igennem",
            ]
        case .startup:
            [
                "Planlægningsmøde", "Nedsættelse af arbejdsgruppe", "Informationsmøde", "Valg af tovholder",
                "Tovholder sætter sig grundigt ind i drejebog og støtteark",
            ]
        case .discussion:
            [
                "Første praksisfortællingsmøde", "Andet praksisfortællingsmøde", "Tredje praksisfortællingsmøde",
                "Møde i implementeringsgruppen", "Midtvejsmøde", "Fjerde praksisfortællingsmøde",
                "Femte praksisfortællingsmøde", "Sjette praksisfortællingsmøde", "Møde i implementeringsgruppen",
            ]
        case .conclusion:
            [
                "Afslutningsmøde", "Evaluering af forløbet",
                "Aftale om, hvordan de forslag til tiltag, som I har vedtaget, skal implementeres og forankres i botilbuddet",
            ]
        }
    }

    /// The phase's "Timeforbrug" (hours) bullets, verbatim. These rules govern ``HoursBudget``.
    public var timeUse: [String] {
        switch self {
        case .preparation:
            [
                "Nedsættelse af implementeringsgruppe: 1 time til daglig leder.",
                "Læse materiale: 3 timer pr. deltager i implementeringsgruppen.",
            ]
        case .startup:
            [
                "Planlægningsmøde: 3 timer til både øverste leder og pr. deltager i implementeringsgruppen",
                "Informationsmøde: 1 ½ time til både øverste leder, og pr. deltager i implementeringsgruppen og arbejdsgruppen.",
                "Læse materiale: 3 timer til tovholder (hvis tovholder ikke er en del af implementeringsgruppen)",
            ]
        case .discussion:
            [
                "Det første praksisfortællingsmøde: 3 timer pr. deltager i arbejdsgruppen",
                "De næste 4 praksisfortællingsmøder: 2 timer pr. deltager i arbejdsgruppen (i alt 8 timer pr. deltager)",
                "Det sidste praksisfortællingsmøde: 2 ½ time pr. deltager i arbejdsgruppen",
                "Møder i implementeringsgruppen: 1½ time pr. deltager til formødet før midtvejsmødet og til formødet før det afsluttende møde, hvor implementeringsgruppen skal drøfte de indkomne forslag til nye forebyggelsestiltag (i alt 3 timer pr. deltager i implementeringsgruppen)",
                "Midtvejsmøde: 1 ½ time til både øverste leder og pr. deltager i implementeringsgruppen og arbejdsgruppen.",
            ]
        case .conclusion:
            [
                "Afsluttende møde: 2 ½ time til både øverste leder og pr. deltager i implementeringsgruppen og arbejdsgruppen. Desuden 1 ½ times forberedelse af mødet pr. deltager i implementeringsgruppen."
            ]
        }
    }

    /// What the phase asks of whom beyond its meetings (phase 1's "Daglig leder skal" and
    /// "Implementeringsgruppen skal"), verbatim, as (who, tasks).
    public var tasks: [(role: CourseRole, tasks: [String])] {
        switch self {
        case .preparation:
            [
                (
                    .dailyManager,
                    [
                        "Nedsætte implementeringsgruppen",
                        "Samle implementeringsgruppen og orientere om, at gruppen er den koordinerende enhed i forebyggelsesforløbet.",
                    ]
                ),
                (.implementationGroup, ["Læse materialet i forebyggelsespakken grundigt igennem."]),
            ]
        case .startup:
            [
                (
                    .dailyManager,
                    [
                        "Sørge for, at støtteark 1 og støtteark 2 bliver placeret i flere eksemplarer på det aftalte sted, så medarbejderne løbende kan orientere sig i dem"
                    ]
                ),
                (.facilitator, ["Sætte sig grundigt ind i materialet i forebyggelsespakken."]),
            ]
        case .discussion, .conclusion: []
        }
    }
}
