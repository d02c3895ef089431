public import ForebygCore

/// Built-in example logs, for the command-line tool's `example` command and the golden-file tests.
public enum IncidentExamples {
    /// Every example with its file stem.
    public static var all: [(name: String, document: any VersionedDocument)] {
        [("incident-log-month", month)]
    }

    /// A hand-made month at a botilbud: 20 incidents in February 2026, 8 in the four weeks before
    /// (the previous period) and one earlier that neither period counts.
    ///
    /// Built so that every figure of the analysis is known: threats and physical violence 7
    /// each, 2 near misses (10 %, below the 20 % threshold), 4 learning talks late and 2 not yet
    /// due, one citizen in 9 incidents, the Fællesstue in 8, and four Tuesday evenings.
    public static let month = IncidentLog(
        workplace: "Botilbuddet Engen",
        analysisDate: CalendarDate("2026-03-02"),
        period: AnalysisPeriod(start: CalendarDate("2026-02-01"), end: CalendarDate("2026-02-28")),
        locations: ["Fællesstue", "Køkken", "Gang", "Bolig 3", "Bolig 5", "Haven"],
        incidents: februaryIncidents + januaryIncidents)

    private static let februaryIncidents: [Incident] = [
        Incident(
            id: "i-01", time: LocalDateTime("2026-02-01T08:15"), location: "Køkken", affected: staff("m-01"),
            citizen: "borger-A", category: .physicalViolence, forms: [.blow], consequences: [.physicalInjury], affectedLevel: 6,
            followUp: FollowUp(date: CalendarDate("2026-02-03"), participants: ["Daglig leder", "m-01"]),
            description: "Borgeren slog ud efter medarbejderen ved morgenmaden, da der ikke var mere kaffe."),
        Incident(
            id: "i-02", time: LocalDateTime("2026-02-03T19:05"), location: "Fællesstue", affected: staff("m-02"),
            citizen: "borger-A", category: .threatsAndVerbalAbuse, forms: [.threat, .verbalAbuse], consequences: [.psychologicalReaction],
            affectedLevel: 5, followUp: FollowUp(date: CalendarDate("2026-02-05"), participants: ["Daglig leder", "m-02"]),
            description: "Råb og trusler, da tv'et blev slukket kl. 19."),
        Incident(
            id: "i-03", time: LocalDateTime("2026-02-04T12:40"), location: "Gang", affected: staff("m-03"),
            citizen: "borger-B", category: .threatsAndVerbalAbuse, nearMiss: true, forms: [.threat], consequences: [.none], affectedLevel: 3,
            followUp: FollowUp(date: CalendarDate("2026-02-06"), participants: ["AMR", "m-03"]),
            description: "Borgeren gik tæt på med knyttet hånd, men lod sig aflede."),
        Incident(
            id: "i-04", time: LocalDateTime("2026-02-05T23:30"), location: "Bolig 3", affected: staff("m-04"),
            citizen: "borger-A", category: .physicalViolence, forms: [.scratch, .spitting], consequences: [.physicalInjury], affectedLevel: 7,
            useOfForce: true, followUp: FollowUp(date: CalendarDate("2026-02-12"), participants: ["Daglig leder", "m-04"]),
            description: "Riv på underarmen ved hjælp til sengen; borgeren blev holdt kortvarigt."),
        Incident(
            id: "i-05", time: LocalDateTime("2026-02-07T16:20"), location: "Fællesstue", affected: staff("m-01"),
            citizen: "borger-B", category: .sexualHarassment, forms: [.sexualBehaviour], consequences: [.psychologicalReaction], affectedLevel: 8,
            followUp: FollowUp(date: CalendarDate("2026-02-09"), participants: ["Daglig leder", "m-01"]),
            description: "Uønsket berøring og seksuelle kommentarer."),
        Incident(
            id: "i-06", time: LocalDateTime("2026-02-10T19:45"), location: "Fællesstue", affected: staff("m-02"),
            citizen: "borger-A", category: .physicalViolence, forms: [.kick], consequences: [.physicalInjury, .sickLeave], affectedLevel: 9,
            followUp: FollowUp(date: CalendarDate("2026-02-12"), participants: ["Daglig leder", "AMR", "m-02"]),
            description: "Spark mod knæet under aftenkaffen; medarbejderen sygemeldt to dage."),
        Incident(
            id: "i-07", time: LocalDateTime("2026-02-11T09:10"), location: "Køkken", affected: staff("m-05"),
            category: .otherHarassment, forms: [.other], otherForm: "Nedsættende kommentarer fra pårørende på besøg",
            consequences: [.psychologicalReaction], affectedLevel: 4,
            description: "En pårørende kommenterede gentagne gange medarbejderens udseende."),
        Incident(
            id: "i-08", time: LocalDateTime("2026-02-12T03:15"), location: "Bolig 5", affected: staff("m-06"),
            citizen: "borger-C", category: .selfHarm, forms: [.selfHarm], consequences: [.psychologicalReaction], affectedLevel: 8,
            useOfForce: true, followUp: FollowUp(date: CalendarDate("2026-02-13"), participants: ["Daglig leder", "m-06"]),
            description: "Borgeren truede med at tage sit liv og skadede sig selv; medarbejderen greb ind."),
        Incident(
            id: "i-09", time: LocalDateTime("2026-02-13T14:30"), location: "Fællesstue", affected: staff("m-03"),
            citizen: "borger-A", category: .threatsAndVerbalAbuse, nearMiss: true, forms: [.threat], consequences: [.none], affectedLevel: 2,
            followUp: FollowUp(date: CalendarDate("2026-02-16"), participants: ["Tovholder", "m-03"]),
            description: "Borgeren truede, men faldt til ro, da medarbejderen trådte et skridt tilbage."),
        Incident(
            id: "i-10", time: LocalDateTime("2026-02-14T21:50"), location: "Køkken", affected: staff("m-07"),
            citizen: "borger-B", category: .physicalViolence, forms: [.thrownObject], consequences: [.propertyDamage], affectedLevel: 5,
            followUp: FollowUp(date: CalendarDate("2026-02-16"), participants: ["Daglig leder", "m-07"]),
            description: "En tallerken blev kastet mod medarbejderen og ramte skabet."),
        Incident(
            id: "i-11", time: LocalDateTime("2026-02-16T07:40"), location: "Gang", affected: staff("m-04"),
            citizen: "borger-A", category: .threatsAndVerbalAbuse, forms: [.verbalAbuse], consequences: [.psychologicalReaction], affectedLevel: 4,
            followUp: FollowUp(date: CalendarDate("2026-02-23"), participants: ["Daglig leder", "m-04"]),
            description: "Skældud ved vagtskiftet om morgenen."),
        Incident(
            id: "i-12", time: LocalDateTime("2026-02-17T18:30"), location: "Fællesstue", affected: staff("m-08"),
            citizen: "borger-A", category: .physicalViolence, forms: [.blow, .pushOrGrab],
            consequences: [.physicalInjury, .medicalTreatment, .reportedAsWorkInjury], consequencesText: "Hjernerystelse, skadestue samme aften.",
            affectedLevel: 10, useOfForce: true, followUp: FollowUp(date: CalendarDate("2026-02-19"), participants: ["Forstander", "AMR", "m-08"]),
            description: "Slag mod hovedet og skub mod væggen under aftensmaden."),
        Incident(
            id: "i-13", time: LocalDateTime("2026-02-20T11:00"), location: "Bolig 3", affected: staff("m-05"),
            citizen: "borger-C", category: .selfHarm, forms: [.selfHarm], consequences: [.psychologicalReaction], affectedLevel: 6,
            followUp: FollowUp(date: CalendarDate("2026-02-20"), participants: ["Daglig leder", "m-05"]),
            description: "Selvmordstrussel under samtale om weekendens planer."),
        Incident(
            id: "i-14", time: LocalDateTime("2026-02-19T20:10"), location: "Fællesstue", affected: staff("m-07"),
            citizen: "borger-B", category: .threatsAndVerbalAbuse, forms: [.threat], consequences: [.psychologicalReaction], affectedLevel: 6,
            description: "Trussel om at \"finde\" medarbejderen efter arbejde."),
        Incident(
            id: "i-15", time: LocalDateTime("2026-02-21T10:25"), location: "Køkken", affected: staff("m-06"),
            category: .otherHarassment, forms: [.verbalAbuse], consequences: [.none], affectedLevel: 2,
            followUp: FollowUp(date: CalendarDate("2026-02-23"), participants: ["Daglig leder"]),
            description: "En pårørende råbte ad medarbejderen i telefonen."),
        Incident(
            id: "i-16", time: LocalDateTime("2026-02-22T15:30"), location: "Fællesstue", affected: staff("m-01"),
            citizen: "borger-B", category: .physicalViolence, forms: [.spitting], consequences: [.none], affectedLevel: 3,
            followUp: FollowUp(date: CalendarDate("2026-02-24"), participants: ["Tovholder", "m-01"]),
            description: "Spyt mod medarbejderen ved vagtskiftet."),
        Incident(
            id: "i-17", time: LocalDateTime("2026-02-24T19:20"), location: "Fællesstue", affected: staff("m-02"),
            citizen: "borger-A", category: .threatsAndVerbalAbuse, forms: [.threat], consequences: [.psychologicalReaction], affectedLevel: 7,
            followUp: FollowUp(date: CalendarDate("2026-02-26"), participants: ["Daglig leder", "m-02"]),
            description: "Trusler, da tv'et blev slukket kl. 19 – igen en tirsdag."),
        Incident(
            id: "i-18", time: LocalDateTime("2026-02-26T13:15"), location: "Gang", affected: staff("m-03"),
            category: .sexualHarassment, forms: [.verbalAbuse], consequences: [.psychologicalReaction], affectedLevel: 5,
            followUp: FollowUp(date: CalendarDate("2026-02-27"), participants: ["Daglig leder", "m-03"]),
            description: "Seksuelle kommentarer fra en besøgende."),
        Incident(
            id: "i-19", time: LocalDateTime("2026-02-27T22:40"), location: "Bolig 5", affected: staff("m-06"),
            citizen: "borger-A", category: .physicalViolence, forms: [.blow], consequences: [.physicalInjury], affectedLevel: 8,
            description: "Slag på overarmen, da medarbejderen bad borgeren gå i seng."),
        Incident(
            id: "i-20", time: LocalDateTime("2026-02-28T09:30"), location: "Køkken", affected: staff("m-08"),
            category: .threatsAndVerbalAbuse, forms: [.threat], consequences: [.none], affectedLevel: 4,
            description: "En pårørende truede med at klage og \"gøre noget\" ved medarbejderen."),
    ]

    /// The previous period (4–31 January 2026) and one incident before it.
    private static let januaryIncidents: [Incident] = [
        ("p-01", LocalDateTime("2026-01-05T19:10"), IncidentCategory.threatsAndVerbalAbuse), ("p-02", "2026-01-09T14:00", .threatsAndVerbalAbuse),
        ("p-03", "2026-01-14T19:30", .threatsAndVerbalAbuse), ("p-04", "2026-01-27T08:45", .threatsAndVerbalAbuse),
        ("p-05", "2026-01-11T20:15", .physicalViolence), ("p-06", "2026-01-20T18:50", .physicalViolence),
        ("p-07", "2026-01-31T23:40", .physicalViolence), ("p-08", "2026-01-04T02:20", .selfHarm),
        ("o-01", "2026-01-03T19:00", .physicalViolence),
    ].map { id, when, category in
        Incident(
            id: Incident.ID(id), time: when, location: "Fællesstue", affected: staff("m-02"),
            citizen: "borger-A", category: category, affectedLevel: 5,
            followUp: FollowUp(date: when.date.adding(days: 2)))
    }

    /// A member of the example's staff with their professional group: m-03 and m-05 are social- og
    /// sundhedsassistenter, m-04 and m-06 vikarer, the others pædagoger.
    private static func staff(_ id: PseudonymousReference) -> AffectedStaff {
        let group = switch id.rawValue {
        case "m-03", "m-05": "social- og sundhedsassistent"
        case "m-04", "m-06": "vikar"
        default: "pædagog"
        }
        return AffectedStaff(staff: id, professionalGroup: group)
    }
}
