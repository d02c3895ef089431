/// Seed 002's box "Sådan kan I arbejde med – At skabe læring gennem praksisfortællinger":
/// preparing the course, the practice story meeting step by step, and the joint meetings midway
/// and at the end, verbatim.
///
/// The seed's meeting steps are untitled; the agenda items' titles are the library's short
/// names, their descriptions the seed's words. The timed steps add up to 100 of the meeting's
/// 120 minutes: seed 002 leaves out the 20 minutes AT's støtteark 3 gives to filling in
/// *Forslag til nye tiltag* together (see the CourseModel module).
public enum PracticeStoryMeeting {
    /// *Forberedelse*: the four steps before the course.
    public static let preparation: [String] = [
        "Ledelsen sammensætter en implementeringsgruppe, som står for at planlægge og sikre, at forløbet med praksisfortællinger gennemføres.",
        "Der nedsættes en eller flere arbejdsgrupper af 3-8 medarbejdere, som holder praksisfortællingsmøder ca. hver anden uge.",
        "Arbejdsgruppens første møde er et informationsmøde om forløbet, hvor lederen og implementeringsgruppen også deltager. Arbejdsgruppen vælger en tovholder, som styrer praksisfortællingsmøderne og forløbet, samler op på drøftelser og efter hvert møde bringer gruppens forslag til nye forebyggelsestiltag videre til implementeringsgruppen.",
        "Tovholderen indkalder til praksisfortællingsmøderne ca. 14 dage før.",
    ]

    /// The meetings' lengths, verbatim.
    public static let lengths = "Første møde varer 3 timer og de efterfølgende 2 timer. Mødets forløb:"

    /// The first meeting's opening, before the steps of ``agenda``.
    public static let firstMeetingOpening = "Første møde starter med at samle op fra informationsmødet, så medarbejderne har et godt overblik over forløbet, formålet og hvad der forventes af dem. Spillereglerne for praksisforløbet genopfriskes (se oversigt over forløbet og spilleregler for praksisfortællinger i AT’s forebyggelsespakker). Herefter forløber praksisfortællingsmødet således:"

    /// A 2-hour meeting's eight timed steps; step 6 carries the facilitator's three questions
    /// (``PracticeStoryQuestions/proposalQuestions``).
    public static let agenda = MeetingAgenda(lengthMinutes: 120, items: [
        AgendaItem(title: "Opfølgning", minutes: 15,
                   description: "Tovholder følger op fra sidste møde og bringer eventuel feedback videre fra implementeringsgruppen."),
        AgendaItem(title: "Hvem har en fortælling", minutes: 20,
                   description: "Tovholderen spørger, hvem der har en praksisfortælling. De medarbejdere, som har en fortælling, fortæller kort om deres erfaringer."),
        AgendaItem(title: "Valg af fortælling", minutes: 5,
                   description: "Gruppen vælger sammen, hvilken fortælling de vil tale uddybende om."),
        AgendaItem(title: "Fortællingen", minutes: 20,
                   description: "Medarbejderen fortæller og konkretiserer sin erfaring. Tovholderen spørger uddybende og kan bruge støttespørgsmål fra en spørgeguide (se AT’s forebyggelsespakker). Også medarbejderne kan stille afklarende spørgsmål."),
        AgendaItem(title: "Gruppens erfaringer", minutes: 15, description: PracticeStoryQuestions.discussion),
        AgendaItem(title: "Ideer til handlinger", minutes: 15,
                   description: "På baggrund af fortællingen og den fælles videndeling spørger tovholderen medarbejderne, om de har ideer til handlinger, der kan forbedre forebyggelsen. Tovholder kan bruge spørgsmålene:",
                   questions: PracticeStoryQuestions.proposalQuestions),
        AgendaItem(title: "Næste møde", minutes: 5,
                   description: "Arbejdsgruppen aftaler, om de på næste møde vil fortsætte med en ny vinkel på samme praksisfortælling, eller om de skal tage udgangspunkt i en ny fortælling."),
        AgendaItem(title: "Fortællerens oplevelse", minutes: 5,
                   description: "Afslutningsvist spørger tovholderen fortælleren, hvordan han eller hun oplevede mødet."),
    ])

    /// *Midtvejs og ved afslutningen af forløbet*: the joint meetings, verbatim.
    public static let midwayAndClosing = "Midt i forløbet og ved afslutningen holdes et fælles møde. På mødet samler arbejdsgrupper og ledere op på arbejdsgruppernes forslag, og ledere og medarbejdere beslutter sammen, hvilke forslag der skal implementeres og hvordan. Implementeringsgruppen holder et forberedende møde inden både midtvejsmødet og afslutningsmødet, hvor de drøfter arbejdsgruppernes forslag."
}
