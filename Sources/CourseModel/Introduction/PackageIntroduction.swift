/// Seed 000's opening pages, "Introduktion til forebyggelsespakken" and the start of
/// "Drejebog for forløbet": what the package is, the course's purposes and outcomes, the
/// method, the step-by-step summary, the FAKTA and OBS boxes, the course's length and who
/// takes part — verbatim in Danish, with the extraction's lost hyphens restored.
public enum PackageIntroduction {
    /// A titled passage: paragraphs, then bullets (either may be empty).
    public struct Section: Hashable, Sendable {
        /// The seed's heading.
        public let title: String
        /// Paragraphs before the bullets.
        public let paragraphs: [String]
        /// The bulleted list.
        public let bullets: [String]
        /// Paragraphs after the bullets.
        public let closing: [String]

        init(_ title: String, paragraphs: [String], bullets: [String] = [], closing: [String] = []) {
            self.title = title
            self.paragraphs = paragraphs
            self.bullets = bullets
            self.closing = closing
        }
    }

    /// "Hvad er en forebyggelsespakke?".
    public static let whatIsIt = Section(
        "Hvad er en forebyggelsespakke?",
        paragraphs: [
            "En forebyggelsespakke er en hjælpende hånd, der giver jer redskaber til at forbedre jeres arbejdsmiljø.",
            "Denne forebyggelsespakke sætter fokus på, hvordan I kan styrke jeres indsats for at forebygge arbejdsrelateret vold mod medarbejderne i jeres botilbud eller boform for hjemløse. Pakken guider jer gennem et forløb, der hjælper jer med at udvikle jeres forebyggelse af vold på de områder, hvor I oplever udfordringer, samtidig med at I fastholder de dele af jeres forebyggelse, der allerede fungerer godt.",
            "På de næste sider får I information om:",
        ],
        bullets: [
            "Hvad forløbet med forebyggelsespakken går ud på",
            "Hvor længe det samlede forløb og de enkelte faser varer",
            "Hvem der skal deltage, og hvilke roller I har.",
        ])

    /// The FAKTA box "Læsevejledning", with the seed's two footnotes as its closing paragraphs.
    public static let readingGuide = Section(
        "Læsevejledning",
        paragraphs: [
            "Forebyggelsespakken er målrettet ledere og medarbejdere på botilbud og boformer for hjemløse.",
            "Pakkens materiale introducerer jer til metoden praksisfortællinger, som er en måde at arbejde med forebyggelse af vold.",
            "Det er ikke relevant for alle deltagere i forløbet at læse hele materialet.",
            "’Botilbud’ bruges for nemheds skyld til at benævne botilbud og boformer til hjemløse.¹",
            "’Vold’ dækker alle former for arbejdsrelateret fysisk og psykisk vold, herunder trusler og anden krænkende adfærd, som borgere udøver mod medarbejdere.²",
        ],
        closing: [
            "¹ Denne betegnelse omfatter følgende arbejdspladser: botilbud og boformer, der arbejder med borgere med kognitive vanskeligheder, psykiske vanskeligheder eller sociale problemer, der bor på botilbud efter servicelovens § 107 eller 108 eller på tilbud efter almenboliglovens § 105 med støtte efter servicelovens § 85 eller på boformer for hjemløse efter servicelovens § 110.",
            "² Se AT-vejledning D.4.3-4 om Vold for nærmere beskrivelse.",
        ])

    /// "Hvad er formålet med forløbet?": the course's four purposes.
    public static let purposes = Section(
        "Hvad er formålet med forløbet?",
        paragraphs: ["Formålet med forløbet i forebyggelsespakken er:"],
        bullets: [
            "At støtte op om jeres indsats for at skabe et trygt, sikkert og sundt arbejdsmiljø for medarbejdere og ledere i botilbuddet",
            "At hjælpe jer med at systematisere og styrke jeres arbejde med at forebygge og håndtere vold",
            "At give jer mulighed for at få bragt jeres faglighed i spil for i fællesskab at forbedre jeres forebyggelse af vold",
            "At hjælpe jer med at indøve metoden praksisfortællinger, så I bliver fortrolige med metoden og fremover kan bruge den som en integreret praksis på botilbuddet.",
        ])

    /// "Hvad får I ud af forløbet?": the four outcomes.
    public static let outcomes = Section(
        "Hvad får I ud af forløbet?",
        paragraphs: ["Når I har gennemført forløbet, har I:"],
        bullets: [
            "Lært, hvordan I ved hjælp af praksisfortællinger kan bruge jeres faglighed til at forebygge vold",
            "Udviklet en større systematik i jeres arbejde med at forebygge vold",
            "Styrket jeres samarbejde om at forebygge vold",
            "Skabt rammer, som giver bedre trivsel for både medarbejdere og borgere.",
        ])

    /// "Hvilke metoder og værktøjer skal I bruge?", with the tools the support sheets give.
    public static let methods = Section(
        "Hvilke metoder og værktøjer skal I bruge?",
        paragraphs: [
            "Forebyggelsespakken tager udgangspunkt i metoden praksisfortællinger.",
            "Praksisfortællinger går ud på, at en gruppe medarbejdere udvikler forslag til nye tiltag ved at tage udgangspunkt i medarbejdernes konkrete erfaringer – positive såvel som negative.",
            "I denne forebyggelsespakke skal I bruge praksisfortællingerne til at sætte fokus på arbejdsmiljø og medarbejdernes konkrete erfaringer med at forebygge vold i botilbuddet: Bruger I fortællingerne som afsæt for fælles drøftelser, kan I sammen udvikle nye tiltag, som skaber bedre trivsel og større tryghed for medarbejdere og borgere.",
            "På den måde kan metoden styrke jeres samarbejde – dels fordi I kan bruge jeres personlige erfaringer til at få en bedre fælles læring, og dels fordi I får et tydeligere fælles sprog for, hvordan I forebygger vold i jeres botilbud. Derudover giver metoden jer mulighed for at dele viden og erfaring på en mere systematisk måde.",
            "Forebyggelsespakkens støtteark giver jer en række værktøjer, som I kan bruge i processen:",
        ],
        bullets: [
            "En beskrivelse af, hvad et praksisfortællingsmøde er",
            "Eksempler på tematikker, I kan arbejde med på møderne",
            "Et støtteværktøj til tovholder med en beskrivelse af rollen og en guide til at styre praksisfortællingsmødet",
            "Skemaer, hvor I kan beskrive jeres forslag til nye tiltag, der kan forebygge vold.",
        ])

    /// "Sådan gør I – trin for trin": the course in ten paragraphs.
    public static let stepByStep = Section(
        "Sådan gør I – trin for trin",
        paragraphs: [
            "Botilbuddets daglige leder nedsætter en implementeringsgruppe, som sammen med den øverste leder planlægger forløbet, danner en eller flere arbejdsgrupper og binder hele projektet sammen.",
            "Hver arbejdsgruppe består af 3–8 medarbejdere, som mødes 6 gange til praksisfortællingsmøder.",
            "På hvert møde vælger arbejdsgruppen et tema, der sætter fokus på, hvordan man kan forebygge vold i botilbuddet.",
            "En medarbejder indleder med at dele sine konkrete erfaringer og personlige overvejelser om temaet.",
            "Derefter bidrager resten af gruppen med erfaringer og overvejelser, og til sidst formulerer gruppen forslag til, hvordan botilbuddets arbejde med at forebygge vold kan systematiseres og styrkes.",
            "Arbejdsgruppen samles første gang til et indledende informationsmøde, hvor implementeringsgruppen og øverste leder også deltager. Her vælger arbejdsgruppen en tovholder. Tovholderens opgave er at styre forløbet med praksisfortællingerne ved at samle op på drøftelser og bære arbejdsgruppens forslag til nye forebyggelsestiltag videre til implementeringsgruppen.",
            "Arbejdsgruppen mødes derefter med ca. 2 ugers mellemrum til praksisfortællingsmøde, i alt 6 gange i løbet af et halvt år.",
            "Undervejs skal I desuden holde 2 fællesmøder for medarbejdere og ledere: et midtvejsmøde og et afsluttende møde til allersidst i forløbet.",
            "På de 2 fællesmøder samler I op på arbejdsgruppernes forslag til at forebygge vold, og i fællesskab beslutter I, hvilke forslag der skal implementeres, og hvordan det skal ske. Implementeringsgruppen noterer afslutningsvist i skemaet ”Forslag til nye tiltag” i støtteark 4, hvilke handlinger I har besluttet at sætte i gang, og hvem der er ansvarlig for, at det sker.",
            "Før de 2 fællesmøder skal implementeringsgruppen desuden mødes til formøder for at diskutere arbejdsgruppernes forslag.",
        ])

    /// The FAKTA box "Socialstyrelsens nationale retningslinjer".
    public static let nationalGuidelines = Section(
        "Socialstyrelsens nationale retningslinjer",
        paragraphs: [
            "Forebyggelsespakken er et supplement til Socialstyrelsens nationale retningslinjer for forebyggelse af voldsomme episoder på botilbud og boformer for hjemløse og til den støtte, som Socialstyrelsens Indsatsteam i 2018–2020 tilbyder til implementering og forankring af de nationale retningslinjer.",
            "Formålet med retningslinjerne er at fremme trivslen og trygheden for borgere og medarbejdere og derved nedbringe antallet af voldsomme episoder på sociale tilbud for voksne.",
            "Retningslinjerne sætter fokus på, hvordan det socialpædagogiske arbejde med borgeren kan tilrettelægges, så voldsomme episoder forebygges.",
        ])

    /// "Hvor langt er et forløb?": about six months; at least four story meetings recommended.
    public static let courseLength = Section(
        "Hvor langt er et forløb?",
        paragraphs: [
            "Et forløb varer cirka 6 måneder, hvis I gennemfører hele pakken med alle 6 praksisfortællingsmøder.",
            "Det er også muligt at lave et forløb med færre praksisfortællingsmøder, men det anbefales, at I afholder mindst 4, så medarbejderne får en god erfaring med at bruge den nye metode.",
        ])

    /// "Hvem deltager i forløbet?" (the opening of "Drejebog for forløbet").
    public static let participants = Section(
        "Hvem deltager i forløbet?",
        paragraphs: [
            "I forløbet deltager den øverste leder, 1 daglig leder, centrale medarbejdere i botilbuddet, fx arbejdsmiljørepræsentant (AMR) og tillidsrepræsentant (TR), samt den gruppe af medarbejdere, der indgår i arbejdsgruppen."
        ])

    /// The OBS box beside "Hvem deltager i forløbet?".
    public static let severalWorkingGroupsNote =
        "Forløbet, som er beskrevet her, er baseret på, at I vælger at nedsætte én arbejdsgruppe på 3–8 medarbejdere. Det er også muligt at nedsætte flere arbejdsgrupper."

    /// "De 4 faser": the lead above the phase overview and the note below it.
    public static let phasesOverview: [String] = [
        "Arbejdet med forebyggelsespakken sker i 4 faser, der strækker sig over ca. 6 måneder:",
        "Det antal timer, som I skal bruge, er angivet i beskrivelsen af de enkelte faser.",
    ]
}
