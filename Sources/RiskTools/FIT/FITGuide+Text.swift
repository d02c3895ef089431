public import ForebygCore

extension FITGuide {
    /// The seed's summary box under the chapter title ("FIT er et redskab til dialog og evaluering …").
    public static let summary = "FIT er et redskab til dialog og evaluering, som bruges i samarbejdet mellem borger og medarbejder. Brugen af FIT gør det muligt for borgeren at give regelmæssig, systematisk feedback til medarbejderen om den indsats, hun eller han modtager."

    /// The seed's box on the instrument's origin (Miller and Duncan), then its running text
    /// "FIT står for …". "som et virkningsfuldt" is the seed's own wording, kept.
    public static let introduction: [SeedPassage] = [
        SeedPassage([
            "Feedback Informed Treatment (FIT) er udviklet af de amerikanske psykologer Scott D. Miller og Barry L. Duncan i 1990’erne til behandlere og terapeuter. I dag bruges redskabet bredere, fx i familie- og misbrugsbehandling, i socialpsykiatrien og i forbindelse med bostøtte. Fokus i de to FIT-skemaer er ikke på typen af behandling eller indsats, men på at måle, om borgeren oplever, at samtalerne, behandlingen eller indsatsen hjælper borgeren til at opnå en bedre livssituation.",
        ]),
        SeedPassage([
            "FIT står for Feedback Informed Treatment. Det er et videnskabeligt underbygget dialog- og samtaleredskab, som et virkningsfuldt til at forbedre samarbejdet mellem borger og medarbejder og til at øge borgerens trivsel og evne til at mestre sin hverdag.",
            "FIT består af to enkle skemaer med fokus på effekt og samarbejde. Skemaerne bruges i samtaler mellem borger og medarbejder i samarbejds- eller behandlingsforløb. Borgeren udfylder ved hver samtale et kort spørgeskema i starten af samtalen (ORS-skema) og i slutningen af samtalen (SRS-skema). Skemaerne er lette at overskue og at udfylde. Den feedback, som medarbejderen får via skemaerne, bruges til løbende at justere samarbejdet, indholdet af samtalerne og indsatsen til borgeren. Så både kvaliteten og udbyttet af samtalerne i højere grad bliver tilpasset borgerens behov. Det giver mulighed for mere målrettet støtte og kan betyde, at borgeren opnår bedre trivsel, så der også er mindre risiko for voldsom adfærd.",
        ]),
    ]

    /// The seed's account from a botilbud in København (Mads), verbatim.
    public static let madsCase = SeedCase(workplace: "Et botilbud i København", headline: "Fra konflikt til samarbejde med FIT", passages: [
        SeedPassage([
            "Mads er ny beboer i et botilbud i København. Han kommer fra et andet tilbud, hvor han har truet medarbejderne og overfaldet en medbeboer med en kniv. Mads har diagnosen paranoid skizofreni og har et massivt forbrug af alkohol og stoffer. Han har svært ved at passe sin hygiejne, hans bolig er rodet, kaotisk og beskidt. Han har et voldsomt temperament og er vant til at være i konflikt med alt og alle. Han har ikke tillid til personalet.",
            "Mads har brug for omfattende specialiseret støtte, så han får tilknyttet en socialfaglig medarbejder fra kommunens flyverteam. Formålet er at fremme trivsel og samarbejde, mens Mads er på botilbuddet og under flytning til en ny indsats. Et konkret mål er, at Mads kan indgå i sociale sammenhænge uden at komme i konflikt.",
        ]),
        SeedPassage(heading: "Samarbejdet skaber forandringer", [
            "På det første møde beder medarbejderen Mads udfylde FITs ORS-skema, der handler om hans velbefindende. Han giver udtryk for, at han har det dårligt på alle områder og gerne vil gøre noget ved det. Fx er han ked af, at han ikke har kontakt til sine forældre. Mads ønsker ikke at udfylde SRS-skemaet om samarbejdet, da samtalen er slut: ”Lad mig nu se, om du kommer igen”.",
            "Det gør medarbejderen. I en periode på tre måneder mødes de flere gange om ugen. De aftaler delmål for hver dag, som bliver struktureret i et ugeskema. Det handler fx om at komme i bad og spise sundt, om at få kontakt til familien igen, om at komme til læge og psykiater.",
            "Medarbejderen evaluerer løbende med FIT (både ORS og SRS). I begyndelsen er Mads forbeholden, men efterhånden, som han oplever, at samarbejdet skaber forandringer, stiger hans velbefindende.",
            "Medarbejderen forsøger hele tiden at forstå Mads og derved undgå at komme i konflikt. Det lykkes ved at lytte til hans perspektiv og handle sammen med ham og for ham, og ved at være kontinuerligt, struktureret og forudsigeligt til stede. Medarbejderen gør sig umage med at undersøge, hvorfor Mads er havnet i den situation, han er. Hun lytter til hans erfaringer om, hvad der virker negativt for ham, og hvorfor han ikke har tillid til personalet. Den læring bruger hun til efterfølgende at kunne tilrettelægge en ny indsats for Mads.",
            "Beboerens navn er opdigtet.",
        ]),
    ])

    /// The seed's "Læs mere" list for FIT.
    public static let readMore = [
        "Socialstyrelsens vidensportal – tema om Feedback Informed Treatment. www.vidensportal.dk.",
        "Bargmann, S. et al (2017): Feedback Informed Treatment – En grundbog. Akademisk forlag.",
        "FIT Håndbog – En guide til implementering af FIT i SOF, Københavns Kommunes Socialforvaltning. www.kk.dk (søg på titlen).",
    ]
}
