/// The seed's prompts for writing and discussing a practice story, verbatim.
public enum PracticeStoryQuestions {
    /// What a practice story is.
    public static let introduction = "En praksisfortælling er en fortælling om centrale og udvalgte episoder fra pædagogisk eller sundhedsfaglig praksis. I en praksisfortælling beskriver medarbejderen en svær situation og sine refleksioner. Når man skriver fortællingen ned, får man mulighed for at tænke den igennem igen. Man får øje på nye ting og skaber rum for refleksion over, hvad der skete i relation til borgeren."

    /// The writer's prompt for the story itself (Skovbo).
    public static let story = "Hvad skete der?"

    /// The writer's prompt for the reflections (Skovbo).
    public static let reflection = "Kunne jeg have gjort noget anderledes?"

    /// The facilitator's prompt for the group's discussion.
    public static let discussion = "Tovholderen spørger medarbejderne, om de har erfaringer med temaet, ordet er frit, og alle kan bidrage med deres erfaringer og overvejelser ift. fortællingen og det voldsforebyggende tema."

    /// The three questions the facilitator can use when asking for ideas.
    public static let proposalQuestions: [String] = [
        "Hvad kan vi konkludere på baggrund af praksisfortællingen?",
        "Hvad kan vi fremover gøre for at udvikle en fælles og systematisk voldsforebyggelse?",
        "Hvilke nye forslag til at forebygge vold og trusler skal vi bringe videre til implementeringsgruppen?",
    ]

    /// What happens to the group's proposals after the meeting.
    public static let afterMeeting = "Efter mødet bringer tovholderen gruppens forslag videre til implementeringsgruppen. Brug fx skemaet ’Forslag til nye tiltag‘ fra AT’s forebyggelsespakker."
}
