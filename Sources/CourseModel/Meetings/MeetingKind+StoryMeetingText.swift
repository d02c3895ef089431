extension MeetingKind {
    /// The story meetings after the first (2 hours): the nine steps of støtteark 3 with what
    /// the seed's "2. praksisfortællingsmøde" adds to them, verbatim — how the group finds a new
    /// story (step 2) and the closing question about problems for the implementation group
    /// (step 9). The 3rd to 6th meetings run "på samme måde som ved de tidligere møder".
    static let regularStoryMeetingAgenda: [AgendaItem] = storyMeetingSteps.map { step in
        step.adding(details: StoryMeetingText.laterStepDetails[step.step] ?? [])
    }
}

/// The seed's running text on the first and second story meetings (fase 3), verbatim in
/// Danish, keyed by the støtteark 3 step it belongs to. Each section starts with the seed's
/// own sub-heading as a line of its own.
enum StoryMeetingText {
    /// The first meeting's sections "Gå i gang med praksisfortællinger" (steps 2–4) and
    /// "Formuler forslag til nye forebyggelsestiltag" (step 7).
    static let firstStepDetails: [Int: [String]] = [
        2: [
            "Gå i gang med praksisfortællinger",
            "Derefter guider tovholderen deltagerne igennem en ’bordet rundt-runde’, hvor deltagerne på skift byder ind med fortællinger om konkrete erfaringer med at forebygge og håndtere vold fra deres arbejde i botilbuddet.",
        ],
        3: ["Arbejdsgruppen vælger at fokusere på én af fortællingerne."],
        4: [
            "Tovholderen guider fortælleren og resten af gruppen igennem praksisfortællingsmødet ved at følge beskrivelsen i støtteark 2. Samtidig bruger tovholderen spørgeguiden i støtteark 3 til at sikre, at arbejdsgruppen kommer godt rundt om de forskellige spørgsmål, der kan være med til at skærpe deres bevidsthed om de forhold, der kan forbedre botilbuddets forebyggelse af vold."
        ],
        7: [
            "Formuler forslag til nye forebyggelsestiltag",
            "På baggrund af fortællingen og den efterfølgende drøftelse udarbejder arbejdsgruppen et eller flere forslag til nye tiltag, som kan styrke eller systematisere botilbuddets arbejde med at forebygge vold. Tovholderen noterer forslagene ned i skemaet i støtteark 4 og sørger for, at skemaet gives videre til implementeringsgruppen.",
        ],
    ]

    /// The first meeting's "Den videre proces": choosing the next story and its narrator.
    static let firstNextSteps: [String] = [
        "Til sidst beslutter arbejdsgruppens medlemmer, om de næste gang vil gå videre med samme fortælling, fx ud fra en ny faglig vinkel, eller om næste praksisfortællingsmøde skal handle om en ny fortælling.",
        "Foretrækker gruppen en ny fortælling, kan gruppen – hvis det er muligt – vælge en fortæller med det samme, så han/hun får mulighed for at forberede sig.",
    ]

    /// What the second meeting adds to steps 2 and 9.
    static let laterStepDetails: [Int: [String]] = [
        2: [
            "Hvis det på det første møde blev aftalt, at der denne gang skal sættes en ny fortælling i gang, men ikke, hvem der skal stå for den, starter arbejdsgruppen med at finde ud af, hvilken historie der skal fortælles, og hvem der skal fortælle."
        ],
        9: [
            "Tovholderen spørger til sidst, om der er problemstillinger og vanskeligheder, som tovholderen skal drøfte med implementeringsgruppen inden næste møde, fx problemer med at bruge metoden eller med at omsætte praksisfortællingerne til konkrete forslag til nye tiltag."
        ],
    ]
}
