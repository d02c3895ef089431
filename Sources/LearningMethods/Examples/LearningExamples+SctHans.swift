import ForebygCore

extension LearningExamples {
    /// The weekly board meeting on ward M21, Psykiatrisk Center Sct. Hans: 20 minutes, patients
    /// taking part, a quality board with figures on the use of force and an improvement board
    /// with the seed's own cards. The seed gives no figures: the weekly numbers are illustrative
    /// and say so on the board.
    public static var sctHansBoardMeeting: BoardMeeting {
        let date = CalendarDate("2026-03-02")
        return BoardMeeting(
            workplace: "Afsnit M21, Psykiatrisk Center Sct. Hans",
            focusArea: "Trivsel og tryghed i afdelingen",
            date: date, facilitator: "tovholder",
            agenda: MeetingAgenda(lengthMinutes: 20, items: BoardMeeting.standardAgenda.items),
            localRules: [
                "På afsnit M21 på Psykiatrisk Center Sct. Hans har det ugentlige tavlemøde på 20 minutter høj prioritet. M21 er et specialiseret afsnit for patienter med dobbeltdiagnose, psykisk lidelse og samtidigt misbrug. De er ofte indlagt i en længere periode.",
                "Afsnittet har stort fokus på recovery og inddragelse, og derfor er patienterne også med til tavlemøderne.",
                "Den store tavle står fremme i fællesarealet og kan flyttes efter behov. Den anden side af tavlen er en forbedringstavle.",
                "Begge tavler relaterer til hospitalets årsaftaler. Patienter og medarbejdere kan desuden selv sætte forslag til forbedringer på tavlen.",
                "Har man et forslag, skriver man det på et af de papkort, der ligger fremme – og sætter forslaget på tavlen. Det kan omhandle stort og småt – fra nye procedurer i forbindelse ved medicingivning til at få stemt klaveret i fællesstuen.",
                "På det næste tavlemøde gennemgår personale og patienter forbedringskortene og beslutter sammen, hvordan man skal gå videre med forslaget og i hvilke fora. Der kommer en deadline på kortet, som rykker til tavlens felt med igangværende initiativer. Og så følger man op på kommende tavlemøde(r).",
                "Tavlen kan også bruges i forbindelse med læring. Hvis det fx har været nødvendigt at bruge tvang, holder personalet altid en debriefing efterfølgende og taler episoden grundigt igennem. Her kan der komme forskellige forhold frem, som kan komme på forbedringstavlen. Det kan fx være en uhensigtsmæssig arbejdsgang, som personalet foreslår at se nærmere på.",
                "De åbne tavlemøder betyder, at der ikke er ’hemmelige’ arbejdsgange og lukkede møder i afsnittet. Tavlen er synlig for alle. Det giver en åbenhed, som mange patienter er glade for.",
            ],
            goals: ["Tavlemøderne har først og fremmest fokus på at skabe trivsel og tryghed i afdelingen, man prøver at komme konflikter i forkøbet."],
            status: ["Den ene side af tavlen er en kvalitetstavle, hvor medarbejderne indsamler data på forskellige områder, fx tal på brugen af tvang for at følge udviklingen."],
            measures: [
                BoardMeasure(
                    name: "tvang-pr-uge", title: "Brug af tvang pr. uge", unit: "Antal", style: .bar,
                    points: [.init(period: "Uge 6", value: 4), .init(period: "Uge 7", value: 3), .init(period: "Uge 8", value: 3), .init(period: "Uge 9", value: 1)],
                    note: "Tallene er illustrative: kilden nævner tal på brugen af tvang, men ikke tallene selv."),
            ],
            cards: [
                ImprovementCard(id: "medicingivning", proposal: "Nye procedurer i forbindelse ved medicingivning", proposedBy: "medarbejder")
                    .started(deadline: date.adding(days: 28), responsible: "tovholder", forum: "Personalemøde"),
                ImprovementCard(id: "klaver", proposal: "At få stemt klaveret i fællesstuen", proposedBy: "patient"),
                ImprovementCard(id: "arbejdsgang", proposal: "En uhensigtsmæssig arbejdsgang, som personalet foreslår at se nærmere på (fra debriefing efter brug af tvang)", proposedBy: "personalet"),
            ],
            agreements: [BoardAgreement(what: "Føre tavlen ajour med ugens tal før næste møde", responsible: "tovholder")],
            nextMeeting: date.adding(days: 7), nextFacilitator: "tovholder")
    }
}
