extension CourseRole {
    /// The role as seed 000 describes it ("Hvem deltager i forløbet?"), verbatim in Danish,
    /// with every duty the seed lists.
    public var description: RoleDescription {
        switch self {
        case .topManager: Self.topManagerDescription
        case .dailyManager: Self.dailyManagerDescription
        case .implementationGroup: Self.implementationGroupDescription
        case .facilitator: Self.facilitatorDescription
        case .scribe: Self.scribeDescription
        case .workingGroup: Self.workingGroupDescription
        case .otherEmployees: Self.otherEmployeesDescription
        case .worksCouncil: Self.worksCouncilDescription
        }
    }

    private static let topManagerDescription = RoleDescription(
        introduction: ["Fx forstander eller anden beslutningstager fra den øverste ledelse."],
        duties: [
            "At sætte rammer for projektet fra start til slut – både organisatorisk, praktisk og økonomisk",
            "At øremærke penge i budgettet til eventuelle udgifter i forbindelse med forløbet",
            "At deltage i informationsmødet i starten, i midtvejsmødet og i det afsluttende møde – både for at bakke op om processen og for at tage stilling til de mere overordnede prioriteringer, når medarbejdernes forslag til at forebygge vold skal implementeres og forankres.",
        ]
    )

    private static let dailyManagerDescription = RoleDescription(
        introduction: [],
        duties: [
            "At være projektleder for hele forløbet",
            "At indgå i implementeringsgruppen",
            "At samle implementeringsgruppen og orientere dem om, at gruppens opgave er at koordinere forløbet med forebyggelsespakken",
            "At sikre, at medarbejderne får stillet de arbejdstimer til rådighed, som er nødvendige, for at de kan deltage i forløbet",
            "At skaffe vikarer til at dække deres vagter",
            "At sikre, at de forslag til at forbedre forebyggelsen af vold, som bliver vedtaget på midtvejsmødet og det afsluttende møde, føres ud i livet",
            "At sørge for, at der foretages organisatoriske tilpasninger, hvis det er nødvendigt for at kunne implementere og forankre de forslag, som vedtages. Dette vil som oftest ske i samarbejde med den øverste leder.",
        ]
    )

    private static let implementationGroupDescription = RoleDescription(
        introduction: [
            "Implementeringsgruppen består af den daglige leder og centrale medarbejdere i botilbuddet – typisk arbejdsmiljørepræsentant(er) og tillidsrepræsentant(er). Andre nøglepersoner – fx koordinatorer – kan også deltage, hvis ledelsen vurderer, at det er relevant."
        ],
        duties: [
            "At planlægge hele forløbet i forebyggelsespakken, eventuelt i samarbejde med den øverste leder",
            "At danne 1 arbejdsgruppe med 3–8 medarbejdere",
            "At sørge for, at arbejdsgruppen vælger en tovholder",
            "At give tovholderen sparring og støtte, når tovholderen har behov for det",
            "At motivere medarbejderne i arbejdsgruppen til at deltage aktivt",
            "At mødes til formøde før midtvejsmødet og det afsluttende møde for at diskutere arbejdsgruppens forslag til, hvordan man kan styrke botilbuddets forebyggelse af vold",
            "At notere i hver enkelt af arbejdsgruppens skemaer med ”Forslag til nye tiltag”, hvad der besluttes på midtvejsmødet og på det afsluttende møde: Hvilke handlinger skal udføres, og hvem er ansvarlig for, at det sker?",
            "At MED-udvalget/arbejdsmiljøorganisationen høres og informeres om de nye tiltag til at forebygge vold, når det er relevant",
            "At sørge for, at tiltagene tilpasses og koordineres med botilbuddets øvrige arbejdsmiljøaktiviteter",
            "At være med til at sikre, at de tiltag, der vedtages, bliver implementeret og forankret i botilbuddets daglige arbejde",
            "At sikre, at metoden praksisfortællinger bliver en integreret praksis i botilbuddets hverdag.",
        ]
    )

    private static let facilitatorDescription = RoleDescription(
        introduction: [
            "Tovholderen har en vigtig rolle – både i arbejdsgruppen og som bindeled til implementeringsgruppen (se også støtteark 3, ”Støtteværktøj til tovholderen”).",
            "Arbejdsgruppen vælger selv, hvem af deltagerne, der skal være tovholder for gruppen – enten en AMR/TR eller en anden medarbejder, der har lyst til opgaven. Tovholderen kan være flere personer, fx både en AMR og en TR, der i fællesskab varetager opgaven.",
            "Tovholderens faste opgaver på praksisfortællingsmøderne er:",
        ],
        duties: [
            "At være ordstyrer og lede deltagerne gennem processen",
            "At samle op på drøftelser, idéer og forslag",
            "At notere arbejdsgruppens overvejelser om faglige udfordringer i botilbuddets arbejde med at forebygge vold i skemaet i støtteark 4",
            "At notere arbejdsgruppens forslag til nye tiltag i støtteark 4",
            "At give skemaerne videre til implementeringsgruppen",
            "At vende arbejdsgruppens eventuelle spørgsmål og overvejelser om fx brugen af metoden med implementeringsgruppen inden næste praksisfortællingsmøde",
            "At give implementeringsgruppens svar videre til arbejdsgruppen på næste praksisfortællingsmøde.",
        ]
    )

    private static let scribeDescription = RoleDescription(
        introduction: [
            "Tovholderen kan vælge at alliere sig med en skribent fra arbejdsgruppen, der sørger for at notere konklusioner og input til spørgsmål, som skal afklares, eller som der skal arbejdes videre med. Skribenten får også ansvaret for at udfylde skemaerne med forslag til nye tiltag i støtteark 4. Hvis tovholderen ikke vælger at bruge en skribent, tager tovholderen sig selv af denne opgave."
        ],
        duties: [
            "At notere konklusioner og input til spørgsmål, som skal afklares, eller som der skal arbejdes videre med",
            "At udfylde skemaerne med forslag til nye tiltag i støtteark 4",
        ]
    )

    private static let workingGroupDescription = RoleDescription(
        introduction: [
            "Arbejdsgruppen består af 3–8 medarbejdere inklusive tovholderen.",
            "Medarbejderne i arbejdsgruppen bidrager aktivt med deres erfaringer og idéer til at udvikle og systematisere den voldsforebyggende praksis.",
        ],
        duties: [
            "At bidrage aktivt med erfaringer og idéer til udvikling af nye tiltag"
        ],
        considerations: [
            "At alle medarbejdere, der har med borgere at gøre, kan have gavn af at deltage i forebyggelsesforløbet. Også vikarer og nyansatte, der ofte kan bidrage med relevant viden og erfaringer",
            "At I kan sammensætte arbejdsgruppen på forskellige måder – af medarbejdere fra et team, af medarbejdere fra en afdeling eller på tværs af afdelinger",
            "At det på mange botilbud vil give god mening at lave flere arbejdsgrupper, som gennemgår forløbet i forebyggelsespakken på samme tid. Hvis I vælger den model, er det en god idé, at I holder sparringsmøder for implementeringsgruppen og alle tovholdere undervejs. Det sikrer en optimal erfaringsudveksling og videndeling. Læs mere om sparringsmøder i støtteark 5, ”Sparringsmøder”",
            "At det er vigtigt, at I sørger for deltagelse af både dag-, aften- og nattevagter, nyansatte og vikarer samt botilbuddets forskellige faggrupper, hvis I ønsker at hele botilbuddet skal være repræsenteret i forløbet med praksisfortællinger.",
        ]
    )

    private static let otherEmployeesDescription = RoleDescription(
        introduction: [
            "De medarbejdere på botilbuddet, som ikke er med i arbejdsgruppen, skal inddrages i forebyggelsesforløbet, når arbejdsgruppens forslag til nye tiltag er vedtaget og skal implementeres i medarbejdergruppen.",
            "Det er også vigtigt, at de øvrige medarbejdere løbende bliver orienteret undervejs i praksisfortællingsforløbet. Fx ved at de på personalemøder løbende hører nyt om arbejdsgruppens overvejelser og forslag, da disse tit vil berøre alle botilbuddets medarbejdere.",
            "De øvrige medarbejdere kan også holde sig orienteret om arbejdsgruppens forslag ved at kigge i de skemaer med forslag til nye tiltag, som arbejdsgruppen udfylder. I skemaerne kan de se, hvilke forslag ledelsen og deres kollegaer har besluttet af arbejde videre med efter midtvejsmødet og det afsluttende møde.",
        ],
        duties: []
    )

    private static let worksCouncilDescription = RoleDescription(
        introduction: [
            "MED-udvalget/arbejdsmiljøorganisationen høres og informeres om de nye tiltag til at forebygge vold, når det er relevant (implementeringsgruppens opgave).",
            "På midtvejsmødet og det afsluttende møde tager den øverste leder og implementeringsgruppen stilling til, om der er tiltag, der skal drøftes i MED-udvalget/arbejdsmiljøorganisationen.",
            "På det afsluttende møde drøftes, hvilke anbefalinger der – på baggrund af forløbet – kan gives videre til arbejdsmiljøorganisationen/MED-udvalget, så de kan inddrage dem i deres generelle arbejde med at forebygge vold og med at skabe bedre rammer for systematisk videndeling.",
        ],
        duties: []
    )
}
