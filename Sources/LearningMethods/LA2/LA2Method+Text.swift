public import ForebygCore

extension LA2Method {
    /// The seed's summary box under the chapter title ("LA2 er en samtale- og refleksionsmetode, som …").
    public static let summary = "LA2 er en samtale- og refleksionsmetode, som forholder sig til både forebyggelse, håndtering og læring. Det sker gennem tre skemaer: trivselsplan, tryghedsplan og læringsplan. Planerne findes i to versioner til hhv. borgere og medarbejdere."

    /// The seed's opening ("LA2 understøtter samtaler …") and its explanation of the name and
    /// the method's roots ("LA står for Low Arousal …").
    public static let introduction = [
        "LA2 understøtter samtaler mellem borgere og medarbejdere om trivsel, tryghed og konfliktsituationer. Metoden benytter tre forskellige skemaer som udgangspunkt for samtalerne; trivselsplan, tryghedsplan og læringsplan. Skemaerne udfyldes i et samarbejde mellem borgeren og medarbejderen og bruges til at kortlægge, forebygge, håndtere og skabe læring af voldsomme episoder fra hhv. borgerens perspektiv og medarbejderens perspektiv. De tre skemaer hænger tæt sammen og understøtter hinanden, men kan også bruges hver for sig.",
        "LA2 er en samtale- og refleksionsmetode. LA står for Low Arousal, og 2-tallet viser, at det er en ny version. LA2 er inspireret af recovery, hvor borgerens eget perspektiv på trivsel og vejen til et godt liv er afgørende. Endvidere indgår elementer fra Åben Dialog, som inddrager borgeren og borgerens netværk, og FIT, der giver en ramme for, at borgeren løbende giver feedback til medarbejderen om samarbejdet. Metoden er udviklet i samarbejde med Socialstyrelsen og medarbejdere og borgere på socialpsykiatriske botilbud i Danmark. Metoden kan også benyttes til unge eller voksne med udviklingshæmning, her er det nødvendigt at supplere med andre visuelt støttende samtaleredskaber.",
    ]

    /// The seed's heading over the three plans' purposes (``LA2Plan`` prints each on its plan).
    public static let plansHeading = "Trivsel, tryghed og læring"

    /// The seed's account from Botilbuddet Kragelund, verbatim; the story of Ellen that
    /// precedes it is the example læringsplan (`LearningExamples.kragelund`).
    public static let kragelundCase = SeedCase(workplace: "Botilbuddet Kragelund", headline: "Trivsel, tryghed og læring", passages: [
        SeedPassage(heading: "Går tæt på og støtter", [
            "Medarbejderne i det socialpsykiatriske botilbud Kragelund bruger redskaberne i LA2, som de har indført trinvis. De begyndte med trivsels- og tryghedsplaner for personalet, så de selv fik metoden ind under huden, inden de også skulle arbejde med den sammen med borgerne. I dag har de fleste beboere både en trivsels- og en tryghedsplan. Næste step er at koble læringsplanen systematisk på, så de tre planer kommer til at understøtte hinanden endnu bedre.",
            "Trivsels- og tryghedsplanerne er et godt redskab i hverdagen. Når en borger kommer i mistrivsel, bliver belastet eller stresset, går medarbejderne tæt på og hjælper borgeren til at fjerne belastningen eller være i den sammen med borgeren i situationen. For at støtte borgeren bedst muligt læner medarbejderne sig op af de samtaler, de har haft, da de sammen lavede borgerens trivsels- og tryghedsplaner. Her har de talt om, hvad medarbejdernes opgave er, og hvad borgeren selv kan gøre i en belastet situation.",
            "Hvis der har været en voldsom episode, følger medarbejderne altid op med en samtale. Det er ikke altid læringsskemaet kommer i brug, men for at kunne arbejde mere systematisk netop med læring af belastede situationer, er skemaet ved at blive implementeret.",
        ]),
    ])

    /// The seed's "Læs mere" list for LA2.
    public static let readMore = [
        "Find Metodemanual til LA2 på www.socialstyrelsen.dk",
        "Læringsplaner og øvrige skemaer kan hentes på www.sopra.dk",
    ]
}
