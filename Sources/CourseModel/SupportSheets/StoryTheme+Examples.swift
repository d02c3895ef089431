extension NationalGuideline {
    /// Retningslinje 1.
    static let citizenSituation = NationalGuideline(
        number: 1,
        title: "Retningslinje for afdækning af borgerens situation samt fremme af borgerens trivsel og evne til at mestre hverdagen")
    /// Retningslinje 3.
    static let riskAssessment = NationalGuideline(
        number: 3, title: "Retningslinje for vurdering af risikoen ved arbejdet med konkrete borgere")
    /// Retningslinje 6.
    static let registration = NationalGuideline(
        number: 6,
        title: "Retningslinje for registrering og anvendelse af oplysninger om voldsomme episoder og nærved-episoder")
    /// Retningslinje 7.
    static let management = NationalGuideline(number: 7, title: "Retningslinje for ledelsens rolle")
    /// Retningslinje 9.
    static let qualifications = NationalGuideline(
        number: 9, title: "Retningslinje for faglige kvalifikationer og kompetencer")
    /// Retningslinje 10.
    static let physicalSurroundings = NationalGuideline(
        number: 10, title: "Retningslinje for trivselsfremmende fysiske rammer og faciliteter")
}

extension StoryTheme {
    /// The six example themes and stories of støtteark 2, in the seed's order.
    public static let examples: [StoryTheme] = [registration, riskAssessment, training, planning, loneWorking, physicalLayout]

    static let registration = StoryTheme(
        number: 1, theme: "Registrering og undersøgelse af voldsepisoder",
        storyTitle: "Registrering og undersøgelse af voldsepisoder",
        story: Passage.paragraphs([
            "En medarbejder vil gerne have mere fokus på, at botilbuddet løbende får talt om, hvad der går forud for de situationer, hvor en medarbejder bliver udsat for voldelig adfærd fra en borger.",
            "Når hun sammen med kollegaerne og ledelsen bagefter har mulighed for at analysere en konfliktsituation, oplever hun, at de er gode til at inddrage deres fælles viden om borgerens behov og adfærd: De fælles drøftelser giver dem en bedre forståelse for borgerens særlige problemstilling, og hvad der har trigget borgeren i den konkrete situation, hvor der er sket en konfliktoptrapning.",
            "At dele viden klæder medarbejderne på, så de fremover i højere grad kan støtte borgeren. På den måde kan de undgå, at borgeren bliver så frustreret, at han anvender vold mod personalet, fremhæver hun.",
            "En anden i gruppen efterlyser klare linjer for, hvornår botilbuddet skal tage eksempler på vold op til fælles drøftelse – det er ikke rigtig sat i system, nok fordi mange episoder ikke bliver skrevet ind i det skema, hvor medarbejderne kan registrere episoder med vold. Det er især de mange nærvedepisoder, der ikke bliver registreret – dvs. de situationer, som er tæt på at udvikle sig til vold fra borgerens side, men som det lykkes medarbejderne at afværge.",
            "Derfor er det ikke synligt for hverken ledelsen eller de øvrige medarbejdere, at der har været en episode, de burde følge op på.",
            "Gruppen taler derefter om årsagerne til, at episoderne ikke bliver registreret:",
            "Nogle synes ikke, at de har tid til det – det er svært at trække sig tilbage fra borgerne til kontoret lige efter en episode. Andre er usikre på, hvornår en situation er slem nok til, at den skal registreres, og nogle forstår ikke, hvad skemaerne egentlig skal bruges til bagefter.",
            "Men alle er enige om, at det er vigtigt, at alle episoder bliver registreret, så det bliver tydeligt, hvornår der er problemer, og hvad der vil være en god idé at følge op på: Der er et stort potentiale i at sikre en mere systematisk opfølgning efter voldsomme episoder.",
            "Derfor bliver man i arbejdsgruppen enige om at give et forslag videre til implementeringsgruppen om, at botilbuddet skal se nærmere på, hvordan man kan give medarbejderne bedre mulighed for at registrere episoder med vold eller optræk til vold fra borgere. Hvordan kan man fjerne de forhindringer, som er grunden til, at ikke alle episoder bliver registreret – tidspres, manglende viden hos medarbejderne om, hvad der skal registreres og hvorfor osv.",
        ]),
        guidelines: [.registration])

    static let riskAssessment = StoryTheme(
        number: 2, theme: "Risikovurdering, herunder inddragelse af borgerne i voldsforebyggelse",
        storyTitle: "Risikovurdering, herunder inddragelse af borgerne i voldsforebyggelse",
        story: Passage.paragraphs([
            "Et botilbud arbejder meget med risikovurdering af borgerne. Både for at støtte borgernes trivsel og for at forebygge, at frustrationer hos borgerne udvikler sig til udadreagerende adfærd mod medarbejderne. Men der er stadig en del episoder med vold og trusler, især blandt nye borgere.",
            "En medarbejder lægger ud med en praksisfortælling om, at han og kollegaerne generelt er gode til at inddrage borgerne i en snak om, hvilke tegn og signaler der er på, at borgeren er opkørt og vred, og hvad borgeren har brug for fra personalet i disse situationer.",
            "Men gennem uddybende spørgsmål bliver det klart for arbejdsgruppen, at inddragelsen af borgerne kan blive bedre, når botilbuddet modtager nye borgere:",
            "Flere i gruppen kommer med eksempler på situationer, hvor nye borgere har været frustrerede og truende over for medarbejderne, uden at medarbejderne har været i stand til at forhindre, at situationen eskalerede, fordi medarbejderne endnu ikke har lært dem at kende. Når en ny borger flytter ind, går der nemlig et par dage, hvor borgeren lige skal falde til, før medarbejderne tager en samtale med ham eller hende om, hvilke tegn og signaler medarbejderne skal være opmærksomme på.",
            "Selve indflytningen er imidlertid tit forbundet med stress for borgeren, og det sker ofte, at en ny borger bliver opkørt meget tidligt i forløbet.",
            "Derfor bliver man i gruppen enige om, at det vil være en god idé, at medarbejderne bliver klædt bedre på til at risikovurdere nye borgere: Flere er usikre på, hvordan de bedst griber det an – kræver det en særlig metode, eller kan de bruge de samme redskaber til risikovurdering, som de bruger over for de andre borgere?",
            "Arbejdsgruppen vil derfor give et forslag videre til implementeringsgruppen om, at botilbuddet skal fokusere på bedre og tidligere inddragelse af nye borgere. Fx ved at medarbejderne tilbydes et kompetenceudviklingsforløb om, hvordan de ved tidlig inddragelse dels kan få bedre indblik i den nye borgers situation og dels kan styrke samarbejdet med den nye borger om, hvordan medarbejderne bedst støtter op om hans eller hendes særlige behov.",
        ]),
        guidelines: [.citizenSituation, .riskAssessment])

    static let training = StoryTheme(
        number: 3, theme: "Oplæring, instruktion og efteruddannelse", storyTitle: "Oplæring, instruktion og efteruddannelse",
        story: Passage.paragraphs([
            "I arbejdet med borgerne tager botilbuddets medarbejdere udgangspunkt i en konfliktnedtrappende tilgang. Alligevel er der stadig en del episoder med konflikter, og personalet er ikke altid enige om, hvordan de skal håndteres.",
            "En medarbejder forklarer, at tilgangen er god for hende, fordi den hjælper hende med at tage mange konflikter med borgerne i opløbet, inden de kommer voldsomt i affekt.",
            "Hun fortæller også, at hun stadig bruger de redskaber og den teori, som hun lærte på et kursus for alle botilbuddets ansatte for 2 år siden.",
            "Næsten alle i gruppen er enige, men gruppen bliver opmærksom på, at de 2 medarbejdere, som er blevet ansat inden for det seneste år, jo ikke har de samme forudsætninger for at handle konfliktnedtrappende, fordi de ikke har været på samme kursus som deres kollegaer.",
            "En af de nye medarbejdere fortæller desuden, at han de sidste par måneder har haft en del konflikter med nogle af borgerne, hvor han føler, at han er kommet til kort fagligt, fordi konflikterne hurtigt er eskaleret.",
            "Andre i gruppen giver udtryk for, at de godt kunne bruge en genopfriskning af den viden, de fik på kurset for 2 år siden: Flere fortæller om situationer, hvor medarbejdere indbyrdes har diskuteret, hvad der er den rigtige tilgang til en borger, fordi de er uenige, og begge mener at vide bedst. Diskussionerne er også foregået foran borgerne, og det har været ubehageligt for både medarbejderne og borgerne.",
            "Alle er enige om, at det er vigtigt, at borgerne bliver mødt af medarbejdere ud fra den samme tilgang: Det er den mest effektive strategi til at forebygge konflikter både indbyrdes og med borgerne.",
            "Arbejdsgruppen giver derfor 2 forslag videre til implementeringsgruppen om, at der udvikles:",
        ])
            + [
                .bullets([
                    "En introduktionsplan for nyansatte, som sikrer en mere systematisk oplæring af nye medarbejdere",
                    "En kompetenceudviklingsplan for alle ansatte, som sikrer, at der løbende følges op på medarbejdernes behov for ny viden og for at få opdateret og genopfrisket den viden, de allerede har.",
                ]),
                .paragraph("På den måde kan man sikre, at alle medarbejdere arbejder ud fra den samme referenceramme."),
            ],
        guidelines: [.qualifications])

    static let planning = StoryTheme(
        number: 4, theme: "Planlægning af arbejdet, så der er klart fokus på voldsforebyggelse i det daglige arbejde",
        storyTitle: "Planlægning af arbejdet, så der er klart fokus på voldsforebyggelse i det daglige arbejde",
        story: Passage.paragraphs([
            "En medarbejder vil gerne drøfte, hvornår og hvor ofte medarbejdergruppen taler om voldsforebyggelse. Derfor handler hendes praksisfortælling om, at der desværre er en tendens til, at der ikke er tid nok til at tale om forebyggelse af vold på personalemøderne hver 14. dag – det drukner i de mange andre punkter på dagsordenen.",
            "Hun forklarer videre, at hun synes, at det er rigtig vigtigt og godt, når de endelig får talt om voldsforebyggelse, for gennem de fælles drøftelser får de tit øje på, hvor udfordringerne er i den måde, de gør tingene på. Og de er gode til sammen at komme med idéer til, hvad de kan gøre anderledes for at blive bedre til at forebygge vold i hverdagen.",
            "En anden i gruppen foreslår, at vagtskiftet bliver brugt til at få mere fokus på voldsforebyggelse i det daglige arbejde: Konkret ved at man informerer hinanden om de risikovurderinger, man har foretaget på sin vagt. Flere møder allerede nu ind lidt før tid for at tale med de kollegaer, de afløser, så det er oplagt også at vende risikovurderingerne her.",
            "Gruppen drøfter, om man kan etablere et fast overlap, hvor medarbejderne som et fast punkt bruger vagtskiftet til at informere hinanden om risikovurdering af borgerne.",
            "Man er i gruppen enige om, at det er vigtigt, at ledelsen støtter op om og sørger for, at der bliver sat tid af til at drøfte voldsforebyggelse i det daglige arbejde, da det er ledelsen, der i sidste ende er ansvarlig for at planlægge og organisere arbejdet.",
            "Gruppen giver derfor et forslag videre til implementeringsgruppen om, at ledelsen formaliserer indsatsen for at forebygge vold ved at etablere et fast overlap mellem medarbejderne ved vagtskifte. Her kan de ansatte som et fast punkt løbende informere hinanden om deres risikovurderinger.",
        ]),
        guidelines: [.management])

    static let loneWorking = StoryTheme(
        number: 5, theme: "Retningslinjer for alenearbejde", storyTitle: "Retningslinjer for alenearbejde",
        story: Passage.paragraphs([
            "Medarbejderne i en boform for hjemløse er aldrig helt alene på arbejde med borgerne. Det har ledelsen taget højde for i vagtplanlægningen. Dels for at sikre, at der altid er nok medarbejdere på arbejde til at hjælpe borgerne, og dels for at forebygge, at medarbejdere kan risikere at stå alene med en udadreagerende borger.",
            "En medarbejder forklarer i sin praksisfortælling, at det gør hende tryg at vide, at der altid er mindst én anden kollega på arbejde, som hurtigt kan komme hende til hjælp, hvis en konflikt med en borger eskalerer. At hun og kollegaerne altid bærer alarm på sig, når de er ude blandt borgere, giver hende også en større følelse af sikkerhed.",
            "Gruppen drøfter derefter, om de altid kan være sikre på, at deres kollegaer kan høre dem, hvis de råber om hjælp. Fx hvis en borger forhindrer dem i at trykke på alarmen. Nogle nævner konkrete situationer, fx når de tager på tur med borgere ud af huset, hvor det er særligt vigtigt, at man overvejer, om det er sikkert at gøre det alene.",
            "Flere peger også på, at de nogle gange står i et dilemma mellem, hvad borgeren ønsker, og hvad de vurderer, at det er forsvarligt at gøre: Det kan virke direkte konfliktoptrappende på nogle borgere, at der skal være 2 medarbejdere til stede, når borgeren skal hjælpes.",
            "Det er heller ikke altid lige vigtigt at være 2 ansatte om en borger – det afhænger meget af borgerens aktuelle psykiske tilstand. Dog er de altid 2 om borgere, der tit har en uforudsigelig adfærd.",
            "I gruppen er man enige om, at det er vigtigt, at medarbejderne hele tiden tænker risikoen ved alenearbejde sammen med risikovurderingen af den enkelte borger og hans/hendes aktuelle udfordringer, fx misbrug, medicinering, sociale forhold og somatiske problemer, som kan betyde, at det er vigtigt at være flere medarbejdere til stede.",
            "I arbejdsgruppen bliver man derfor enige om at give et forslag videre til implementeringsgruppen om, at der skal udarbejdes nogle klare retningslinjer for, hvornår det er sikkert at være alene med en borger, og hvornår man skal sikre sig, at man er 2 medarbejdere om en borger, eller at der er en kollega så tæt på, at kollegaen kan høre eller se én.",
            "Gruppen vil også give et forslag videre om, at de på botilbuddet skal forholde sig til, hvad medarbejderne skal gøre i de situationer, hvor der er et dilemma mellem, hvad borgeren ønsker, og hvad medarbejderne vurderer, er forsvarligt.",
        ]),
        guidelines: [.riskAssessment])

    static let physicalLayout = StoryTheme(
        number: 6, theme: "Fysisk indretning i botilbuddet", storyTitle: "Fysisk indretning af botilbuddet",
        story: Passage.paragraphs([
            "En medarbejder på et botilbud taler i sin praksisfortælling om, at det er godt, at botilbuddet har tænkt den fysiske indretning ind, så den sikrer, at der er gode flugtveje og altid mulighed for, at medarbejderne kan slippe væk i en tilspidset situation.",
            "Medarbejderen oplever også, at medarbejderne er gode til at sikre, at møbler og andre genstande ikke står i vejen, hvis de får behov for hurtigt at komme væk. Det giver også en stor tryghed, at der er forskellige lokaler rundtomkring i bygningen, som medarbejderne kan trække sig tilbage til, hvis en konflikt med en borger eskalerer.",
            "Efter praksisfortællingen drøfter gruppen, om botilbuddet kan indrettes, så det bedre understøtter en god kontakt til borgerne. En medarbejder foreslår, at ledelsen og medarbejderne i højere grad bruger de fysiske rammer til at forebygge vold allerede på et tidligt stadie: Det er vigtigt, at den fysiske indretning ikke kun baseres på, hvordan medarbejderne kan undgå at komme til skade, når en konflikt med en borger er opstået – indretningen skal også være med til at forebygge, at konflikten overhovedet opstår.",
            "Fx kan receptionen indrettes, så den hilser borgerne velkommen på en mere indbydende og imødekommende måde. En blødere belysning vil fx skabe en rarere stemning – flere borgere og medarbejdere synes, at den nuværende belysning er alt for kold og skarp.",
            "Arbejdsgruppen giver derfor et forslag videre til implementeringsgruppen om, at receptionen indrettes på en hyggeligere og mere imødekommende måde, da de fysiske rammer har stor betydning for forebyggelse af vold, også på et tidligt stadie.",
        ]),
        guidelines: [.physicalSurroundings])
}

extension StoryTheme.Passage {
    /// One paragraph passage for each text, in order.
    fileprivate static func paragraphs(_ texts: [String]) -> [Self] {
        texts.map(Self.paragraph)
    }
}
