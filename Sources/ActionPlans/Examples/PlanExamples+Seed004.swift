import ForebygCore

extension PlanExamples {
    /// Seed 004's action plan for the work with one citizen, written after an Arbejdstilsynet
    /// *påbud*, with its status table of 17.02.2026, verbatim.
    ///
    /// The seed names no citizen (the reference is `konkret-borger`), gives no date for the
    /// påbud and names nobody per measure: "Ledelsen følger løbende op" makes *Ledelsen* the
    /// overall responsible. Its status table names measures differently from its bullet lists,
    /// so each measure has both a ``CitizenActionPlan/Measure/name`` and a
    /// ``CitizenActionPlan/Measure/description``; "Fælles faglig tilgang" appears only in the status
    /// table (placed under *Faglig retning og struktur*), and two bullets have no status.
    public static let seed004CitizenPlan = CitizenActionPlan(
        citizen: "konkret-borger",
        purposeAndBackground: [
            "Denne handleplan beskriver de tiltag, der er sat i gang for at sikre et trygt og sikkert arbejdsmiljø for medarbejderne i arbejdet med en konkret borger.",
            "Planen er lavet på baggrund af Arbejdstilsynets påbud og den dialog, der har været i forbindelse med tilsynsbesøgene. Flere af indsatserne var allerede besluttet eller påbegyndt inden påbuddet, men endnu ikke fuldt implementeret. Handleplanen giver et overblik og gør det tydeligt, hvad der allerede er gjort, hvad der er i gang, og hvad der fortsat arbejdes med.",
            "Målet er ikke kun at reagere på hændelser, men at forebygge dem gennem fælles praksis, tydelige arbejdsgange og løbende læring i medarbejdergruppen.",
        ],
        improvementNotice: CitizenActionPlan.ImprovementNotice(issuedBy: "Arbejdstilsynet"),
        asOf: seed004StatusDate,
        tracksIntroduction: "Indsatsen bygger på fire gennemgående spor:",
        tracks: [seed004Competence, seed004Structure, seed004Registration, seed004Staffing],
        statusSnapshots: [seed004Status],
        overallResponsible: ["Ledelsen"],
        followUp: [
            "Ledelsen følger løbende op gennem personalemøder, arbejdsmiljømøder og tæt dialog med koordinator og nøglemedarbejdere.",
            "Tiltagene justeres efter behov. Særligt arbejdet med registrering og fælles faglig tilgang er et område, der fortsat udvikles i takt med erfaringerne i praksis.",
            "Samlet set er der både iværksat strukturelle, faglige og personalemæssige indsatser. Fokus er ikke alene at efterleve et påbud, men at skabe en varig kultur, hvor forebyggelse, åbenhed og læring er en naturlig del af hverdagen.",
        ]
    )

    /// The day of seed 004's status table, 17.02.2026.
    static let seed004StatusDate = CalendarDate("2026-02-17")

    private static let seed004Competence = CitizenActionPlan.Track(
        id: "kompetence-og-introduktion",
        title: "Kompetence og introduktion",
        description: [
            "Nye medarbejdere skal være bedre klædt på fra start, og eksisterende medarbejdere får genopfrisket de vigtigste arbejdsgange. Der er fokus på risikoforståelse, registrering og fælles tilgang til borgeren. Introduktionen sker både generelt og målrettet den konkrete borger, så medarbejdere ikke står alene med usikkerhed – hverken i hverdagen eller i pressede situationer.",
        ],
        measuresHeading: "Introduktion og oplæring",
        measures: [
            .init(
                id: "generel-introduktion", name: "Generel introduktion",
                description: "Ny generel introduktionsplan for alle nye medarbejdere med særligt punkt for tydelig gennemgang af arbejdsmiljø, registrering af vold, trussel og chikane skemaer og risikoforståelse."),
            .init(
                id: "saerlig-introduktion", name: "Særlig introduktion til borger",
                description: "Særlig introduktion til arbejdet med den konkrete borger"),
        ]
    )

    private static let seed004Structure = CitizenActionPlan.Track(
        id: "faglig-retning-og-struktur",
        title: "Faglig retning og struktur",
        description: [
            "I forbindelse med tilsynet blev det påpeget, at risikoprofilen og døgnrytmebeskrivelsen for konkret borger fremstod meget teksttunge og dermed svære for medarbejdere hurtigt at orientere sig i. Dette vurderedes at kunne skabe usikkerhed i pressede situationer.",
            "Materialet er derfor gennemgået og revideret med fokus på forenkling, tydelig struktur og bedre overblik. Formålet har været at gøre det lettere for den enkelte medarbejder hurtigt at finde relevant information – særligt i belastende situationer, hvor behovet for klar retning og fælles tilgang er størst.",
        ],
        measuresHeading: "Faglig struktur omkring borgeren",
        measures: [
            .init(
                id: "risikovurdering", name: "Revideret risikovurdering på konkret borger",
                description: "Risikovurderingen er gennemgået og forenklet"),
            .init(
                id: "doegnrytmeskema", name: "Revideret døgnrytmeskema på konkret borger",
                description: "Døgnrytmeskemaet er gennemgået og forenklet"),
            .init(id: "aktivitetsbeskrivelser", name: "Aktivitetsbeskrivelser", description: "Aktivitetsbeskrivelser"),
            .init(id: "ekstern-raadgiver", name: "Ekstern rådgiver", description: "Ekstern faglig rådgiver er tilknyttet"),
            .init(id: "faelles-faglig-tilgang", name: "Fælles faglig tilgang"),
        ]
    )

    private static let seed004Registration = CitizenActionPlan.Track(
        id: "registrering-og-laering",
        title: "Registrering og læring",
        description: [
            "Registreringsproceduren for vold, trusler og chikane har tidligere ikke været fuldt ensartet implementeret i hele medarbejdergruppen. Gennem opfølgning ses desuden et mønster i, at registrering primært er sket ved høje eskaleringer.",
            "Der foreligger allerede i vores procedure SKAL-registrering ved udvalgte hændelser, og der er nu øget ledelsesmæssigt fokus på konsekvent efterlevelse i praksis.",
            "Registrering og læring er gjort til et fast punkt på personalemøder, hvor hændelser anvendes aktivt til faglig refleksion og forebyggelse. Samtidig iværksættes visuelle påmindelser i hverdagen for at understøtte en ensartet praksis.",
            "Indsatsen har til formålet at sikre, at vold og trusler ikke bliver noget man vænner sig til, men noget der bliver synligt og håndteret.",
            "Registrering af vold, trusler og chikane er gjort mere enkel og tilgængelig, så det i højere grad bliver en naturlig del af hverdagen og kan bruges aktivt til læring frem for kun dokumentation.",
        ],
        measuresHeading: "Registrering og opfølgning på vold, trussel og chikane",
        measures: [
            .init(
                id: "registreringsprocedure", name: "Registreringsprocedure",
                description: "Registreringsproceduren er gjort elektronisk og enklere"),
            .init(
                id: "action-card",
                description: "Action card til hjælp til registrering af vold, trussel og chikane skemaer, som hurtig støtte til medarbejdere."),
            .init(
                id: "droeftelser-paa-personalemoeder", name: "Drøftelser på personalemøder",
                description: "Fast punkt på personalemøder til drøftelse og læring"),
            .init(
                id: "gennemgang-i-arbejdsmiljoegruppen", name: "Gennemgang i arbejdsmiljøgruppen",
                description: "Systematisk gennemgang i arbejdsmiljøgruppen på indberetninger"),
        ]
    )

    private static let seed004Staffing = CitizenActionPlan.Track(
        id: "bemanding-og-stabilitet",
        title: "Bemanding og stabilitet",
        description: [
            "Der arbejdes målrettet med at sikre stabil bemanding og så vidt muligt medarbejdere med kendskab til borgeren, da kontinuitet har stor betydning for både trivsel og forebyggelse.",
        ],
        measuresHeading: "Bemanding",
        measures: [
            .init(id: "bemanding", name: "Bemanding", description: "Vakante stillinger i rekruttering"),
            .init(id: "erfarne-medarbejdere", description: "Prioritering af medarbejdere med erfaring og kendskab til borgeren"),
        ]
    )

    private static let seed004Status = CitizenActionPlan.StatusSnapshot(
        date: seed004StatusDate,
        entries: [
            .init(measure: "generel-introduktion", status: .implemented, note: "Implementeret, har dog forsat særligt fokus."),
            .init(measure: "saerlig-introduktion", status: .inProgress, note: "I gang og ved at blive fuldt implementeret"),
            .init(measure: "ekstern-raadgiver", status: .inUse, note: "Tilknyttet og i brug"),
            .init(measure: "risikovurdering", status: .revisedAwaitingApproval, note: "Revideret og afventer godkendelse af ekstern rådgiver"),
            .init(measure: "doegnrytmeskema", status: .revisedAwaitingApproval, note: "Revideret og afventer godkendelse af ekstern rådgiver"),
            .init(measure: "aktivitetsbeskrivelser", status: .inPreparation, note: "Under udarbejdelse"),
            .init(
                measure: "registreringsprocedure", status: .beingEmbedded,
                note: "Forenklet – medarbejdere indarbejder rutinen, særligt fokus på p-møder."),
            .init(measure: "droeftelser-paa-personalemoeder", status: .implemented, note: "Fast punkt, allerede implementeret"),
            .init(measure: "gennemgang-i-arbejdsmiljoegruppen", status: .implemented, note: "Fast punkt, allerede implementeret"),
            .init(measure: "faelles-faglig-tilgang", status: .implemented, note: "Er implementeret, tilpasses løbende efter behov."),
            .init(measure: "bemanding", status: .recruitmentInProgress, note: "Rekruttering i gang, samtaler den 20.02.2026"),
        ]
    )
}
