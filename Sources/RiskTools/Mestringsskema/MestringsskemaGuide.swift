public import ForebygCore

/// Seed 002's chapter "Mestringsskemaet og Brøset Violence Checklist (BVC)" as the package
/// carries it in a printable guide: the two methods, the schema's motto and colours, BVC, the
/// fact box on their origin, the box "Sådan kan I bruge Mestringsskemaet og BVC til at opnå
/// læring", the Kløverengen case and the seed's reading. Verbatim; extraction artefacts mended.
///
/// The procedure and the reflection questions are ``Mestringsskema/procedure`` and
/// ``Mestringsskema/reflectionQuestions``, shared with the filled and blank schema.
public enum MestringsskemaGuide {
    /// The seed's summary box under the chapter title.
    public static let summary = "Mestringsskemaet er et samtale- og dialogredskab, som sætter fokus på borgerens styrker, ressourcer og udfordringer samt anviser handlemuligheder for både borgere og medarbejdere i svære situationer. Skemaet bruges nogle steder sammen med vurderingsredskabet Brøset Violence Checklist (BVC)."

    /// The chapter's opening: "… er to selvstændige metoder".
    public static let twoMethods = "Mestringsskemaet og Brøset Violence Checklist (BVC) er to selvstændige metoder. BVC bruges til at vurdere, om der er risiko for vold. Mestringsskemaet er et samtale- og dialogredskab, som anviser, hvad borgeren selv kan gøre, og hvad personalet kan gøre for at undgå voldsomme situationer. De to metoder bruges samlet i arbejdet for at forebygge voldsomme episoder på botilbud og forsorgshjem og til at styrke fokus på medarbejdere og beboeres sikkerhed og trivsel."

    /// The schema's motto.
    public static let motto = "Mottoet for Mestringsskemaet er, at det vi fokuserer på, bliver der mere af. Ud fra det arbejdes der med at skabe tryghed og trivsel for både borgere og medarbejdere gennem fokus på ressourcer, styrker, samarbejde og dialog."

    /// The seed's sentences on the five levels and their colours, printed on the blank schema
    /// too. "(se skema side 27)" points at the seed's own page and is left out.
    public static let colours = [
        "Mestringsskemaet opererer med fem mestringsniveauer markeret med farverne grøn, gul og rød. I det gule felt beskrives borgerens habituelle tilstand (almentilstanden). I de to grønne felter er der fokus på borgerens ressourcer og styrker, og i de to røde felter beskrives udfordringer. Når borgeren er i de røde felter, suppleres Mestringsskemaet med scoringer i BVC.",
        "Indenfor alle niveauer beskrives, hvad borger og medarbejdere kan gøre for at bevare eller forbedre mestringsniveauet.",
    ]

    /// The section "Mestringsskemaet – samarbejde om ressourcer og udfordringer" after the colours.
    public static let dailyUse = [
        "Skemaet udfyldes i samarbejde mellem medarbejdere og borgere, evt. også i samarbejde med pårørende.",
        "Når skemaet er udfyldt, vurderes borgerens mestringsniveau dagligt, så vidt muligt sammen med borgeren. Dels for at medarbejderne kan støtte borgeren i at mestre hverdagen og komme nærmere på sine håb og drømme, dels for at både borger og medarbejdere kan følge udviklingen i borgerens mestringsevne og tilpasse indsatsen, når der er behov for det.",
        "Ca. hver fjerde uge holdes et møde, hvor medarbejderne vurderer, om de har observeret noget i borgerens adfærd, som giver anledning til ændringer i skemaet. Herefter drøftes med borgeren, om han eller hun mener, at der bør ændres noget. Skemaet i sig selv kan ikke bruges til at vurdere risikoen for vold. Derfor bruger flere botilbud skemaet sammen med risikovurderingsredskabet Brøset Violence Checklist (BVC), som kobles på, når borgeren er i de røde felter.",
    ]

    /// The section "BVC – vurderer risikoen for vold".
    public static let bvc = [
        "BVC bygger på både forskning og erfaringer, som viser, at voldsomme episoder sjældent opstår, uden at der var forudgående tegn på det. BVC kan bruges til at forudsige, om en borger vil reagere aggressivt eller voldsomt inden for de næste 24 timer. Når man bruger BVC, vurderer man, om der er ændringer i borgerens habituelle tilstand ud fra seks variable. Medarbejderne scorer borgeren i forhold til: forvirring, irritabilitet, støjende adfærd, verbale trusler, fysiske trusler og angreb på ting eller genstande.",
        "Hvis den pågældende adfærd er til stede scores 1, og hvis den ikke er til stede, scores 0. Det kan give en samlet score på maksimum 6. Jo højere scoring, des større er risikoen for udadreagerende adfærd. Viden om øget risiko kan gøre medarbejderne opmærksomme på, at de skal sætte ind med initiativer, der skaber tryghed og trivsel. Borgerens habituelle tilstand er beskrevet i Mestringsskemaet, og de trygheds- og trivselsskabende initiativer, som borgeren selv har været med til at finde frem, står under borgerens egen indsats og medarbejdernes indsats i de to røde mestringsniveauer.",
        scoreDoesNotDirect,
    ]

    /// The seed's sentence that a BVC score does not say how to act, verbatim.
    public static let scoreDoesNotDirect = "En scoring i BVC angiver ikke direkte, hvordan personalet skal agere, eller hvordan borgeren kan undgå at komme i affekt. Det beskrives i Mestringsskemaet eller i det dokumentationssystem, botilbuddet bruger."

    /// The fact box "Mestringsskemaet og BVC": who developed them, and the evaluation's 24 procentpoint.
    public static let origin = "Mestringsskemaet er oprindeligt udviklet af Region Nordjylland. BVC er udviklet ved Afdeling Brøset, St. Olav Hospital i Trondheim, Norge. Det er et af de mest benyttede metoder til risikovurdering i psykiatrien. Efterhånden benytter flere sociale tilbud også BVC. Socialstyrelsen har iværksat et projekt, hvor BVC og Mestringsskemaet bliver brugt i kombination på en række bosteder. Evalueringen af ”Styrket indsats til forebyggelse af vold på botilbud og forsorgshjem” viser, at der på tværs af de otte botilbud i projektet er sket et fald i antallet af voldsepisoder på 24 procentpoint."

    /// The opening of the box "Sådan kan I bruge Mestringsskemaet og BVC til at opnå læring".
    public static let learning = "Mestringsskemaet i kombination med BVC omfatter både forebyggelse, håndtering og læring. Med Mestringsskemaet kan medarbejderne få en fælles faglig tilgang, som kan skabe forudsigelighed og tryghed for borgeren og dermed være en del af det forebyggende arbejde. Det er vigtigt at arbejde systematisk med skemaet og at være i dialog med både kolleger og borgeren selv. Skemaet gør det muligt at dele viden hurtigt og overskueligt med både de øvrige medarbejdere og med borgeren. Det kan være med til at sikre systematisk læring med og om borgeren og den faglige indsats."

    /// The seed's account from Botilbuddet Kløverengen, verbatim.
    public static let kloverengenCase = SeedCase(workplace: "Botilbuddet Kløverengen", headline: "Mestringsskemaet giver fælles læring", passages: [
        SeedPassage([
            "De 40 beboere på det socialpsykiatriske botilbud Kløverengen i Ishøj Kommune har alle et Mestringsskema. Det beskriver borgerens ressourcer og styrker, og hvordan både borger og personale kan handle, hvis der opstår en konflikt eller en voldsom episode. Skemaet udfyldes i samarbejde mellem borger og personale og justeres løbende.",
            "Efter en voldsom episode samler medarbejderne op sammen med borgeren, med afsæt i Mestringsskemaet. Skemaet er et dialogværktøj, der er med til at gøre tavs viden synlig og delt med alle. Både medarbejdere og borgere bliver klogere på en bestemt adfærd, og hvad der kan være årsag til den.",
            "Måske udviser en borger uhensigtsmæssig adfærd, fordi han eller hun føler sig misforstået. Så kan borgeren og medarbejderen bagefter tale om, hvad de kan gøre for, at samme misforståelse ikke opstår igen. Og hvordan borgeren på en mere hensigtsmæssig måde kan give udtryk for at føle sig misforstået. Ud fra den snak tilpasses beskrivelserne i Mestringsskemaet, så alle får gavn af den nye viden.",
            "Det gode ved at bruge et skema er, at der kommer struktur på samtalen, og man inddrager, og drager læring af de forskellige erfaringer, man får på baggrund af konflikter. Skemaet styrker borgerens selvindsigt og bliver dermed også et redskab til at minimere konflikter og vold fremover.",
        ]),
        SeedPassage(heading: "Scorer hver dag med BVC", [
            "Mestringsskemaet bruges i kombination med risikovurderingsredskabet BVC. Hvis en borger scores som ’BVC-aktiv’, er der forskellige sikkerhedsmæssige retningslinjer for de daglige indsatser, som medarbejderne følger.",
            "BVC-scoringerne er også medvirkende til, at borgerne reflekterer over deres adfærd. Flere bryder sig ikke om at være BVC-aktive, og kommer ofte selv til personalet for at få en samtale om episoden eller situationen, hvor de blev BVC-aktiveret.",
        ]),
    ])

    /// The seed's "Læs mere" list for the two methods.
    public static let readMore = [
        "Find metodemanualer, cases og skemaer til Mestringsskema og BVC på Socialstyrelsens hjemmeside www.socialstyrelsen.dk – under udgivelser. Søg på ”Styrket indsats til forebyggelse af vold på botilbud og forsorgshjem.”",
    ]
}
