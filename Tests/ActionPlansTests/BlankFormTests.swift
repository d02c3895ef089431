import ActionPlans
import DocumentTree
import ForebygCore
import Testing

/// The blank forms of seeds 001 and 003, checked against sentences typed from the seeds (line
/// breaks and the extraction's lost hyphens restored), not against the package's constants.
@Suite struct BlankFormTests {
    static let trivselsgruppe = WellbeingGroupPlan.blankForm(in: .danish)
    static let handleplan = WorkplaceActionPlan.blankForm(in: .danish)

    @Test(arguments: [
        "Når I som ledere, medarbejdere og borgere i et botilbud eller boform vil skabe mere trivsel og tryghed og ønsker at nedbringe omfanget af konflikter og voldsomme episoder, kan I bruge denne guide som støtte til at lave en plan for, hvad I vil opnå, hvad der skal ske og hvordan.",
        "I denne guide kalder vi gruppen for Trivselsgruppe.",
        "Skemaet tager udgangspunkt i de nationale retningslinjer for forebyggelse af voldsomme episoder på botilbud og på boformer for hjemløse.",
        "https://socialstyrelsen.dk/udgivelser/nationale-retningslinjer-for-forebyggelse-af-voldsomme-episoder-pa-botilbud-og-boformer-for-hjemlose",
        "Hvilken vej er rigtig for os?",
        "Vurderingen kan eksempelvis gennemføres af lederen, arbejdsmiljø- og tillidsrepræsentanten og andre nøglepersoner.",
        "I kan fx starte dialogen med spørgsmålene her:",
        "Hvorfor har vi brug for en indsats?",
        "Hvad har vores vurdering af praksis vist? (Inddrag også gerne erfaringer fra tidligere voldsomme episoder, borgernes erfaringer, statistik over voldsepisoder, magtanvendelser og resultater fra APV m.m.).",
        "Hvad vil vi gøre noget ved, og hvad vil vi opnå?",
        "Gruppen består af ledere, medarbejdere og gerne også borgere, der sammen beskriver, planlægger og driver forløbet frem til mere trivsel og tryghed.",
        "Tre trin til at komme i mål",
        "Første trin er at aftale, hvem der er med i Trivselsgruppen, og hvad den enkeltes rolle og ansvar er.",
        "Andet trin er, at Trivselsgruppen beskriver indhold og mål i indsatsen.",
        "Hvorfor sætter vi udviklingen i gang – hvad vil vi gerne opnå samlet set?",
        "Hvilke konkrete mål skal opfyldes for, at vi kan opnå vores formål?",
        "Hvordan kan vi helt konkret se, at vi har nået vores mål?",
        "Skriv jeres konklusioner fra dialogen ind i skemaet her",
        "Hvad vil vi gerne opnå samlet set (formål)?",
        "Hvordan kan vi konkret se, vi er i mål?",
        "Planen for aktiviteter skal I tilpasse løbende, efterhånden som udviklingsarbejdet skrider frem.",
        "Som Trivselsgruppe udfylder I planen ved at tale om, hvad I vil sætte i gang for at nå de mål, I har aftalt.",
        "I første kolonne skriver I en overskrift eller meget kort beskrivelse af aktiviteten.",
        "I anden kolonne uddyber I aktiviteten ved at afklare og beskrive:",
        "Hvem aktiviteten er rettet mod.",
        "Hvad der konkret skal ske, og hvornår det skal ske.",
        "I tredje kolonne skriver I jævnligt en kort status undervejs i forløbet. Når I gør status over aktiviteterne, kan I også overveje, hvor meget opmærksomhed, der er brug for fra den ansvarlige og andre i Trivselsgruppen, for at sikre, at aktiviteten bliver gennemført som planlagt.",
        "Det er en fordel at skrive konkrete medarbejdere fra Trivselsgruppen på som ansvarlige for de enkelte aktiviteter.",
        "I kan tilføje nye aktiviteter undervejs, hvis der bliver behov for det.",
        "Aftal, hvornår I har fælles statusmøder.",
        "Plan for aktiviteter",
    ])
    func trivselsgruppeFormCarriesSeed001(sentence: String) {
        #expect(Self.text(of: Self.trivselsgruppe).contains(sentence))
    }

    @Test func trivselsgruppeStepOneNamesTheSeedsThreeTitlesAndLeavesRoomForMore() throws {
        let table = try #require(Self.trivselsgruppe.tables.first { $0.name == "wellbeing-members" })
        #expect(table.columns.map(\.title) == ["Navn", "Titel", "Rolle og ansvar"])
        #expect(table.rows.map { $0[1].plainText } == ["Leder", "Arbejdsmiljørepræsentant", "Tillidsrepræsentant", "", "", ""])
    }

    @Test func trivselsgruppeStepTwoHasThreeBlankFieldsAndTheStatusMeetingsOne() {
        let fields = Self.trivselsgruppe.fields
        #expect(fields.map(\.label.plainText) == [
            "Hvad vil vi gerne opnå samlet set (formål)?",
            "Hvilke konkrete mål skal opfyldes for, at vi kan opnå vores formål?",
            "Hvordan kan vi konkret se, vi er i mål?",
            "Aftal, hvornår I har fælles statusmøder.",
        ])
        #expect(fields.allSatisfy { $0.answer == nil })
    }

    @Test func trivselsgruppePlanHasTheSeedsFourColumnsAndTheirPrompts() throws {
        let table = try #require(Self.trivselsgruppe.tables.first { $0.name == "wellbeing-activities" })
        #expect(table.columns.map(\.title) == ["Aktivitet", "Beskrivelse", "Status", "Deadline og Ansvarlig"])
        #expect(table.columns.map(\.key) == ["activity", "description", "status", "deadline_and_responsible"])
        #expect(table.rows[0].map(\.plainText) == [
            "- Kort beskrivelse",
            "- Hvem er målgruppen?\n- Hvad sker hvornår?",
            "- Hvad er status for aktiviteten?\nSkriv dato og status",
            "- Hvem har ansvar?\nSkriv dato og ansvarlig",
        ])
        #expect(table.rows.dropFirst().count == 10)
        #expect(table.rows.dropFirst().allSatisfy { $0.allSatisfy(\.isEmpty) })
    }

    @Test func trivselsgruppePlanStartsAPageOfItsOwn() throws {
        let blocks = Self.trivselsgruppe.blocks
        let plan = try #require(blocks.lastIndex { if case .table(let table) = $0 { table.name == "wellbeing-activities" } else { false } })
        #expect(plan >= 2)
        guard case .heading(_, let heading) = blocks[plan - 1], case .pageBreak = blocks[plan - 2] else {
            Issue.record("the activity plan is not a page break, its heading and the table")
            return
        }
        #expect(heading.plainText == "Plan for aktiviteter")
    }

    @Test(arguments: [
        "Handleplanen beskriver, hvad ledelse og medarbejdere fokuserer på i arbejdet med at forebygge vold i fx det kommende år.",
        "Det kan fx være mødeplan, rammer for, hvordan episoder med vold skal analyseres, og aftaler om, hvordan nyansatte, vikarer og elever skal introduceres til voldsforebyggelse på arbejdspladsen.",
        "Handleplanen skal justeres løbende, når der er behov, minimum en gang årligt.",
        "Ud fra kortlægning af arbejdsmiljøudfordringer og analyse af registrerede episoder med vold udarbejder leder og arbejdsmiljørepræsentant en handleplan, som drøftes, justeres og vedtages af den samlede personalegruppe.",
        "Handleplanen giver leder, arbejdsmiljørepræsentant og medarbejdere et overblik over de områder, de har aftalt at fokusere på for at forebygge trusler og vold.",
        "Handleplanen tydeliggør, hvad der skal ske i løbet af året, og hvem der har ansvar for at det sker.",
    ])
    func handleplanFormCarriesSeed003sFrame(sentence: String) {
        #expect(Self.text(of: Self.handleplan).contains(sentence))
    }

    @Test func handleplanFrameIsHeadedHvadHvordanHvorfor() {
        let headings = Self.handleplan.blocks.compactMap { block -> String? in
            if case .heading(2, let text) = block { text.plainText } else { nil }
        }
        #expect(headings == ["Hvad", "Hvordan", "Hvorfor", "Handleplan for forebyggelse af trusler og vold"])
    }

    @Test func handleplanColumnsCarryTheSeedsPrompts() throws {
        let table = try #require(Self.handleplan.tables.first { $0.name == "action-plan" })
        #expect(table.columns.map(\.title) == ["Fokusområder", "Hvad, hvordan og hvornår?", "Ansvarlige", "Status", "Mål"])
        #expect(table.rows[0].map(\.plainText) == [
            "",
            "Hvad skal vi gøre for at nå målet?\nDato, interval…",
            "Hvem har ansvar for hvad?",
            "Hvad er sket? Gør det tydeligt, hvordan det bidrager til at nå målene.",
            "Hvordan ved vi, at vi har nået vores mål?",
        ])
        #expect(table.rows.count == 7)
    }

    @Test(arguments: Language.allCases)
    func blankFormsKeepTheSeedsWordsInEveryLanguage(language: Language) {
        #expect(Self.text(of: WellbeingGroupPlan.blankForm(in: language)).contains("Aftal, hvornår I har fælles statusmøder."))
        #expect(Self.text(of: WorkplaceActionPlan.blankForm(in: language)).contains("minimum en gang årligt"))
    }

    /// Every text of a document, one piece a line.
    static func text(of document: Document) -> String {
        document.allBlocks.compactMap(text(of:)).joined(separator: "\n")
    }

    /// The block's own text, without that of the blocks nested in it; `nil` for a list, which has none.
    private static func text(of block: Block) -> String? {
        switch block {
        case .heading(_, let text), .paragraph(let text): text.plainText
        case .list: nil
        case .table(let table): (table.columns.map(\.title) + table.rows.flatMap { $0.map(\.plainText) }).joined(separator: "\n")
        case .field(let field): field.label.plainText
        case .descriptionList(let list): list.items.map(\.label).joined(separator: "\n")
        case .callout(let callout): callout.title
        case .chart(let chart): chart.title
        case .pageBreak: ""
        }
    }
}
