/// The content of støtteark 3, *Støtteværktøj til tovholderen*: the facilitator's role, the
/// nine steps of a story meeting (``MeetingKind/storyMeetingSteps``) and the question guide
/// (*spørgeguide*), verbatim in Danish.
public enum FacilitatorGuide {
    /// A question of the guide with its follow-up questions, if any.
    public struct Question: Hashable, Sendable {
        /// The question.
        public let text: String
        /// Follow-up questions ("Hvis ja: – Hvad gjorde I?").
        public let followUps: [String]

        init(_ text: String, followUps: [String] = []) {
            self.text = text
            self.followUps = followUps
        }
    }

    /// One of the guide's three sections.
    public struct Section: Hashable, Sendable {
        /// The section's heading, a question.
        public let title: String
        /// The section's questions.
        public let questions: [Question]
    }

    /// What the sheet contains.
    public static let contents: [String] = [
        "Hvad er en tovholder?",
        "Oversigt over trin i praksisfortællingsmøder",
        "Inspiration til afklarende spørgsmål til brug i praksisfortællinger.",
    ]

    /// "Hvad er en praksisfortællingstovholder?": the lead sentence.
    public static let roleLead =
        "Tovholderen har en central og vigtig rolle i forhold til praksisfortællingsmøderne og er således:"

    /// The facilitator's role in four points.
    public static let role: [String] = [
        "Ordstyrer på møderne, dvs. guider arbejdsgruppen igennem praksisfortællingerne med inspiration og støtte fra oversigten over trin i praksisfortællinger og spørgeguiden nedenfor",
        "Ansvarlig for, at der bliver samlet op på praksisfortællingerne vha. støtteark 4, ’Forslag til nye tiltag’",
        "Kontaktperson til implementeringsgruppen",
        "Ansvarlig for, at skemaerne med forslag til nye tiltag placeres på det aftalte sted.",
    ]

    /// The lead sentence of the nine steps.
    public static let stepsLead = "Et 2-timers praksisfortællingsmøde kan bestå af følgende trin:"

    /// The question guide's purpose.
    public static let guidePurpose: [String] = [
        "Formålet med spørgsmålene på denne side er at lede praksisfortællingen i en retning, hvor fokus ikke er på fortælleren, men hvor der bliver sat fokus på de forhold, der kan forbedre voldsforebyggelsen.",
        "Spørgsmålene er ikke udtømmende for, hvad I kan fokusere på i jeres praksisfortællinger, men de kan hjælpe tovholderen til at stille nogle uddybende spørgsmål, som kan bidrage til at indkredse problemstillingen og relevante handlingstiltag.",
    ]

    /// The question guide's three sections.
    public static let sections: [Section] = [
        Section(
            title: "Hvad synes fortælleren fungerer godt/dårligt i voldsforebyggelsen?",
            questions: [
                Question("Hvilke tanker har du gjort dig i forhold til det udvalgte tema?"),
                Question("Hvad ser du særligt fungerer godt?"),
                Question("I hvilke situationer bliver det særligt tydeligt, at forebyggelsen ikke er tilstrækkelig?"),
                Question("Hvad tænker du, I kunne gøre bedre?"),
                Question("Hvilke forhindringer ser du for at gennemføre disse forbedringer, og hvordan kan I imødekomme dem?"),
                Question("Hvordan kan der efter din mening sikres en bedre planlægning af arbejdet?"),
            ]),
        Section(
            title: "Hvad tænker fortælleren kan styrke og systematisere botilbuddets forebyggelse af vold mod medarbejdere?",
            questions: [
                Question("Har du selv idéer til, hvordan I fremover kan styrke og systematisere jeres forebyggelse? Hvem skal gøre hvad, og hvornår?"),
                Question("Hvad er det, I kan og er gode til, som kan styrke samarbejdet?"),
                Question("Hvad er det, I kan og er gode til, som kan styrke fagligheden?"),
                Question("Hvordan har I håndteret lignende episoder?"),
                Question("Hvad har du af erfaringer, som I kunne integrere i jeres forebyggelse?"),
            ]),
        Section(
            title: "Hvad tænker resten af arbejdsgruppen?",
            questions: [
                Question("Har I lignende erfaringer med dette tema?"),
                Question("Hvad ser I særligt fungerer godt?"),
                Question("I hvilke situationer bliver det særligt tydeligt for jer, at forebyggelsen ikke er tilstrækkelig?"),
                Question("Hvad tænker I, at I kunne gøre bedre?"),
                Question("Hvilke forhindringer ser I for at gennemføre disse forbedringer, og hvordan kan man imødekomme dem?"),
                Question(
                    "Har I tidligere erfaringer med at forbedre jeres forebyggelse? Hvis ja:",
                    followUps: ["Hvad gjorde I?", "Hvad har I lært af dette?"]),
                Question(
                    "Hvis I har konkrete erfaringer med tilsvarende problemstilling, men ikke med at forebygge:",
                    followUps: [
                        "Hvad kunne være den første lille ting, I kunne gøre anderledes?",
                        "Er der andre, der kan gøre noget? Hvis ja, hvad kunne de så gøre?",
                    ]),
            ]),
    ]
}
