import Testing
import ForebygCore
import DocumentTree
@testable import RiskTools

/// Seed 002's running text, cases and reading around the risk tools, as printed: each key
/// sentence typed from the seed (extraction damage mended), Danish in every language.
@Suite("Seed 002's text around the risk tools, printed verbatim")
struct SeedPassageTests {
    @Test("the Affektudbrudsmodel guide: the model's text, its source line, Snekkersten and the reading", arguments: Language.allCases)
    func affectModel(_ language: Language) {
        let text = allText(AffectModelGuide.document(in: language))
        #expect(text.contains("Affektudbrudsmodellen kan understøtte samtaler om det."))
        #expect(text.contains("Affektudbrudsmodellen viser, hvordan en konfliktsituation typisk udvikler sig i fem faser (hverdag, eskalering, kaos, deeskalering, hverdag), når man mister selvkontrollen."))
        #expect(text.contains("Den vandrette stiplede streg midt i modellen viser, hvor meget affekt en person kan tåle."))
        #expect(text.contains("fx smerter, dårlig søvn, misbrug, økonomiske bekymringer, utryghed og mistrivsel."))
        #expect(text.contains("Forebyggende samtaler og model for læring"))
        #expect(text.contains("Hvis affektniveauet stiger op over kaoslinjen, er det ikke muligt at kommunikere og samarbejde."))
        #expect(text.contains("Samtalerne kan tages forebyggende for at få viden om borgerens erfaringer med konflikter eller efter en konflikt for at lære af det skete."))
        #expect(text.contains("Kilde: Elvén, Agger og Ljungmann: Adfærdsproblemer i ældreplejen."))
        #expect(text.contains("Skolerne i Snekkersten"))
        #expect(text.contains("Laver aftaler i fredstid"))
        #expect(text.contains("Nu er aftalen, at han i stedet forlader klassen og går ud og sætter sig på gyngen – så kommer de voksne til ham, når der er faldet lidt ro på."))
        #expect(text.contains("På knap tre år er antallet af magtanvendelser faldet med 85 pct."))
        #expect(text.contains("Elvén, Bo Hejlskov (2018): Low Arousal som metode til at håndtere voldsom adfærd."))
        #expect(text.contains("Vold som Udtryksform: Styrk læring og forebyg konflikter og vold på arbejdspladsen (2019)"))
    }

    @Test("the FIT guide: Miller and Duncan, what FIT is, the Mads case, the reading and the scale note", arguments: Language.allCases)
    func fit(_ language: Language) {
        let text = allText(FITGuide.document(in: language))
        #expect(text.contains("Feedback Informed Treatment (FIT) er udviklet af de amerikanske psykologer Scott D. Miller og Barry L. Duncan i 1990’erne til behandlere og terapeuter."))
        #expect(text.contains("I dag bruges redskabet bredere, fx i familie- og misbrugsbehandling, i socialpsykiatrien og i forbindelse med bostøtte."))
        #expect(text.contains("FIT består af to enkle skemaer med fokus på effekt og samarbejde."))
        #expect(text.contains("Brugen af FIT gør det muligt for borgeren at give regelmæssig, systematisk feedback til medarbejderen om den indsats, hun eller han modtager."))
        #expect(text.contains("Mads er ny beboer i et botilbud i København."))
        #expect(text.contains("”Lad mig nu se, om du kommer igen”"))
        #expect(text.contains("I en periode på tre måneder mødes de flere gange om ugen."))
        #expect(text.contains("Beboerens navn er opdigtet."))
        #expect(text.contains("Bargmann, S. et al (2017): Feedback Informed Treatment – En grundbog. Akademisk forlag."))
        #expect(text.contains("\"1-10\""))
        #expect(text.contains("\"0-10\""))
        let blank = allText(FITSeries.blankSheets(in: language))
        #expect(blank.contains("\"1-10\"") && blank.contains("\"0-10\""))
    }

    @Test("the Mestringsskema and BVC guide: the two methods, motto, colours, BVC, origin, Kløverengen and the reading", arguments: Language.allCases)
    func mestringsskemaGuide(_ language: Language) {
        let text = allText(MestringsskemaGuide.document(in: language))
        #expect(text.contains("Mestringsskemaet og Brøset Violence Checklist (BVC) er to selvstændige metoder."))
        #expect(text.contains("Mottoet for Mestringsskemaet er, at det vi fokuserer på, bliver der mere af."))
        #expect(text.contains("I det gule felt beskrives borgerens habituelle tilstand (almentilstanden)."))
        #expect(text.contains("Indenfor alle niveauer beskrives, hvad borger og medarbejdere kan gøre for at bevare eller forbedre mestringsniveauet."))
        #expect(text.contains("Mestringsskemaet er oprindeligt udviklet af Region Nordjylland."))
        #expect(text.contains("BVC er udviklet ved Afdeling Brøset, St. Olav Hospital i Trondheim, Norge."))
        #expect(text.contains("sket et fald i antallet af voldsepisoder på 24 procentpoint."))
        #expect(text.contains("Dels for at medarbejderne kan støtte borgeren i at mestre hverdagen og komme nærmere på sine håb og drømme"))
        #expect(text.contains("BVC bygger på både forskning og erfaringer, som viser, at voldsomme episoder sjældent opstår, uden at der var forudgående tegn på det."))
        #expect(text.contains("Jo højere scoring, des større er risikoen for udadreagerende adfærd."))
        #expect(text.contains("En scoring i BVC angiver ikke direkte, hvordan personalet skal agere, eller hvordan borgeren kan undgå at komme i affekt. Det beskrives i Mestringsskemaet eller i det dokumentationssystem, botilbuddet bruger."))
        #expect(text.contains("Mestringsskemaet i kombination med BVC omfatter både forebyggelse, håndtering og læring."))
        #expect(text.contains("De 40 beboere på det socialpsykiatriske botilbud Kløverengen i Ishøj Kommune har alle et Mestringsskema."))
        #expect(text.contains("Hvis en borger scores som ’BVC-aktiv’, er der forskellige sikkerhedsmæssige retningslinjer for de daglige indsatser, som medarbejderne følger."))
        #expect(text.contains("Søg på ”Styrket indsats til forebyggelse af vold på botilbud og forsorgshjem.”"))
    }

    @Test("the blank Mestringsskema prints the colour sentences", arguments: Language.allCases)
    func blankColours(_ language: Language) {
        let text = allText(Mestringsskema.blankSheet(in: language))
        #expect(text.contains("I de to grønne felter er der fokus på borgerens ressourcer og styrker, og i de to røde felter beskrives udfordringer."))
        #expect(text.contains("Indenfor alle niveauer beskrives, hvad borger og medarbejdere kan gøre for at bevare eller forbedre mestringsniveauet."))
    }
}
