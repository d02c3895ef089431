public import DocumentTree
public import ForebygCore

/// Built-in examples: a realistic course configuration, the built-in legal-reference register and
/// the five support sheets.
public enum CourseExamples {
    /// A botilbud with two working groups and six story meetings, starting Monday 2 March 2026.
    /// People are first names or pseudonyms only.
    public static let courseConfiguration = CourseConfiguration(
        workplace: "Botilbuddet Lærkehøj",
        startDate: CalendarDate("2026-03-02"),
        people: [
            Person(id: "p-birgit", displayName: "Birgit", title: "Forstander"),
            Person(id: "p-mads", displayName: "Mads", title: "Afdelingsleder"),
            Person(id: "p-lene", displayName: "Lene", title: "Pædagog, arbejdsmiljørepræsentant"),
            Person(id: "p-jonas", displayName: "Jonas", title: "Pædagog, tillidsrepræsentant"),
            Person(id: "p-amir", displayName: "Amir", title: "Pædagog"),
            Person(id: "p-camilla", displayName: "Camilla", title: "Social- og sundhedsassistent"),
            Person(id: "p-dorte", displayName: "Dorte", title: "Pædagog"),
            Person(id: "p-emil", displayName: "Emil", title: "Vikar"),
            Person(id: "p-freja", displayName: "Freja", title: "Pædagog, nattevagt"),
            Person(id: "p-gustav", displayName: "Gustav", title: "Pædagogmedhjælper, aftenvagt"),
            Person(id: "p-hanne", displayName: "Hanne", title: "Social- og sundhedsassistent, aftenvagt"),
            Person(id: "p-ida", displayName: "Ida", title: "Pædagog, nyansat"),
            Person(id: "p-kasper", displayName: "Kasper", title: "Pædagog, nattevagt"),
        ],
        topManager: "p-birgit",
        implementationGroup: [
            ImplementationGroupMember(person: "p-mads", positions: [.dailyManager]),
            ImplementationGroupMember(person: "p-lene", positions: [.safetyRepresentative]),
            ImplementationGroupMember(person: "p-jonas", positions: [.unionRepresentative]),
        ],
        workingGroups: [
            WorkingGroup(
                id: "ag-dag", name: "Dagholdet, hus A og B",
                members: ["p-lene", "p-amir", "p-camilla", "p-dorte", "p-emil"], facilitators: ["p-lene"],
                scribe: "p-camilla"),
            WorkingGroup(
                id: "ag-aften-nat", name: "Aften- og nattevagter",
                members: ["p-freja", "p-gustav", "p-hanne", "p-ida", "p-kasper"], facilitators: ["p-freja"]),
        ]
    )

    /// Every example document, named by its fixture's file stem.
    public static var all: [(name: String, document: any VersionedDocument)] {
        [("course-configuration", courseConfiguration), ("legal-references", LegalReferenceRegister.builtIn)]
    }

    /// The five support sheets as documents (Danish), named by their slugs, for the command-line tool.
    public static var supportSheets: [(name: String, document: Document)] {
        supportSheets(in: .danish)
    }

    /// The five support sheets as documents in the given language, named by their slugs.
    public static func supportSheets(in language: Language) -> [(name: String, document: Document)] {
        SupportSheet.allCases.map { ($0.slug, $0.document(in: language)) }
    }

    /// One agenda document per meeting kind in the given language, named by their slugs.
    public static func meetingAgendas(in language: Language) -> [(name: String, document: Document)] {
        MeetingKind.allCases.map { ($0.agendaSlug, $0.document(in: language)) }
    }
}
