import DocumentTree
import ForebygCore

extension IncidentGuidance {
    /// Seed 002's section on registration ("Et overblik over omfanget af vold …"), verbatim.
    static let registration = [
        "Et overblik over omfanget af vold og et billede af den sammenhæng, volden opstår i, er vigtigt for at kunne forebygge voldsomme episoder.",
        "Registreringer af vold og nærvedepisoder kan bruges til at dokumentere arbejdsforholdene og til løbende at lære af episoderne for at arbejde med at minimere belastningerne i arbejdsmiljøet. Registrering er også vigtig for, at den enkelte medarbejder har dokumentation for den vold og de belastninger, hun eller han er ude for.",
        "De fleste arbejdspladser bruger elektroniske skemaer til registreringerne, nogle benytter papirskemaer, som afleveres til lederen eller arbejdsmiljørepræsentanten. Det er vigtigt, at det er let for medarbejderne at udfylde skemaerne – og at oplysningerne giver et godt billede af, hvad der er sket. Det er også vigtigt at have en fast procedure for, hvordan der samles op efter den enkelte episode og på tværs af episoderne, så både medarbejder, gruppen af medarbejdere og hele arbejdspladsen løbende opnår læring.",
    ]

    /// The title of seed 002's box on analysing registrations.
    static let activeUseTitle = "Analyse af registreringer – se på tværs og lær af episoderne"

    /// The box's text ("Registreringer af vold skal bruges aktivt …").
    static let activeUse = "Registreringer af vold skal bruges aktivt. Når ledere og medarbejdere analyserer og drøfter registreringerne løbende og på tværs, kan der vise sig mønstre, som er vigtige at få øje på for at kunne lære af episoderne og forebygge nye episoder med vold."

    /// The seed's account from Jobcentret i Ringe, verbatim.
    static let ringeCase = SeedCase(workplace: "Jobcentret i Ringe", headline: "Systematiske registreringer giver fokus", passages: [
        SeedPassage([
            "På jobcentret i Ringe hjælper systematisk registrering medarbejderne til at få øje på noget, de ellers ikke ville have set, så de bedre kan fokusere deres indsats for at undgå konflikter. Medarbejderne møder en del borgere, der er pressede af krav og forventninger fra systemet, som de har svært ved at leve op til. Det kan føre til konflikter eller uhensigtsmæssig adfærd.",
            "Voldsom og uhensigtsmæssig adfærd indberettes systematisk i et elektronisk system. Medarbejderen og arbejdsmiljørepræsentanten registrerer og beskriver hændelsen detaljeret, og medarbejderen markerer på en skala fra 1 til 10, hvor påvirket han eller hun er af episoden.",
            "Formålet med at registrere er dobbelt: Det sikrer, at medarbejderen har dokumentation for det skete, hvis der skulle opstå en episode senere, som trigger den gamle hændelse og udløser en arbejdsskade. Og det giver medarbejderne mulighed for at lære af det skete.",
        ]),
        SeedPassage(heading: "Data giver vigtig viden", [
            "Episoderne registreres i tre kategorier: Trusler og anden krænkende verbal adfærd, fysisk vold samt borgere, der skader sig selv (fx selvmordstrusler). To gange om året gennemgår arbejdsmiljøgruppen de episoder, der er registreret.",
            "Registreringerne bruges både til at se på, hvor, hvornår og hvordan episoden skete. Og til at dykke nærmere ned i det skete. Det giver vigtig viden om, hvor der er brug for at sætte ind. Fx var alle medarbejdere sidste år på kursus i konflikthåndtering.",
            "Registreringerne sikrer også, at der kommer fakta på bordet. Fortællinger om meget voldsomme episoder, som også fylder i medierne, kommer nemt til at fylde meget i snakken hos medarbejderne. Men data viser, at der ikke har været fysisk vold i jobcentret de seneste tre år. Til gengæld er der flere tilfælde, hvor borgerne truer verbalt eller har et meget krænkende sprog over for medarbejderen. Og der er mange indberetninger om borgere, der truer med at begå selvmord. Det påvirker medarbejderne meget. Derfor et det vigtigt at holde fokus på det i teamet og hos ledelsen, så ingen skal gå alene med det.",
        ]),
    ])
}
