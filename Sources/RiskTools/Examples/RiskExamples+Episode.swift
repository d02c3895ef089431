import ForebygCore

extension RiskExamples {
    /// A reflection through the affektudbrudsmodel five days after an episode, with the citizen
    /// taking part, the før/under/efter model and an affect curve.
    public static var episodeReflection: EpisodeReflection {
        EpisodeReflection(
            citizen: "borger-12", episodeDate: CalendarDate("2026-03-18"), reflectionDate: CalendarDate("2026-03-23"),
            participants: ["medarbejder-AK", "medarbejder-LM", "leder-1"], citizenTookPart: true,
            phases: [
                PhaseReflection(phase: .everyday, answers: [
                    PhaseAnswer(question: 1, answer: "Borgeren havde fået brev fra kommunen om sin økonomi og sov dårligt to nætter."),
                    PhaseAnswer(question: 2, answer: "Morgenmaden blev flyttet, fordi køkkenet skulle rengøres."),
                    PhaseAnswer(question: 6, answer: "Ja, vi mindede om oprydning samme morgen."),
                ]),
                PhaseReflection(phase: .escalation, answers: [
                    PhaseAnswer(question: 1, answer: "Høj stemme, gik frem og tilbage i gangen."),
                    PhaseAnswer(question: 6, answer: "Ja, vi gentog kravet om oprydning."),
                ]),
                PhaseReflection(phase: .chaos, answers: [
                    PhaseAnswer(question: 1, answer: "Ja. Vi trak os og holdt afstand uden at øge konfliktniveauet."),
                    PhaseAnswer(question: 3, answer: "Talte lavt, gav plads i døråbningen."),
                ]),
                PhaseReflection(phase: .deescalation, answers: [
                    PhaseAnswer(question: 1, answer: "Ro på gangen og tid alene på værelset."),
                    PhaseAnswer(question: 2, answer: "Satte musik på."),
                ]),
                PhaseReflection(phase: .returnToEveryday, answers: [
                    PhaseAnswer(question: 1, answer: "Flov og træt; kom selv og ville tale om det dagen efter."),
                    PhaseAnswer(question: 3, answer: "Ingen krav om oprydning på dage med dårlig søvn."),
                    PhaseAnswer(question: 4, answer: "Ja, Mestringsskemaets niveau 2 opdateres."),
                ]),
            ],
            restraint: RestraintReflection(
                phases: [
                    .init(phase: .before, whatHappened: "Første tegn var høj stemme kl. 14.10; to medarbejdere var til stede.", assessment: "Vi kunne have droppet kravet om oprydning."),
                    .init(phase: .during, whatHappened: "Borgeren blev ført væk fra køkkenet ved armen (kortvarig fastholdelse).", assessment: "Afstand og en rolig stemme havde måske været nok."),
                    .init(phase: .after, whatHappened: "Samtale med borgeren dagen efter; episoden registreret.", assessment: "Opfølgningen virkede."),
                ],
                changesToPractice: "Ingen krav på dage med dårlig søvn; to medarbejdere ved niveau 1."),
            affectCurve: AffectCurve(chaosLine: 7, points: [
                .init(time: LocalDateTime("2026-03-18T13:30"), intensity: 2),
                .init(time: LocalDateTime("2026-03-18T14:00"), intensity: 4),
                .init(time: LocalDateTime("2026-03-18T14:10"), intensity: 6),
                .init(time: LocalDateTime("2026-03-18T14:20"), intensity: 8.5),
                .init(time: LocalDateTime("2026-03-18T14:40"), intensity: 5),
                .init(time: LocalDateTime("2026-03-18T15:30"), intensity: 2),
            ]))
    }
}
