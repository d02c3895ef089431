public import DocumentTree
public import ForebygCore

/// One of the five support sheets (*støtteark*) of the prevention package (seed 000).
public enum SupportSheet: Int, CaseIterable, Codable, Sendable, Numbered {
    /// Støtteark 1, *Oversigt over forløbet*: the phased timeline.
    case courseOverview = 1
    /// Støtteark 2, *Praksisfortællinger*: purpose, method, rules of play, themes and example stories.
    case practiceStories
    /// Støtteark 3, *Støtteværktøj til tovholderen*: the facilitator's role, the nine steps and the question guide.
    case facilitatorGuide
    /// Støtteark 4, *Forslag til nye tiltag*: the blank proposal form.
    case proposalForm
    /// Støtteark 5, *Sparringsmøder*: sparring meetings when there are several working groups.
    case sparringMeetings

    /// The sheet's title as the seed gives it, in Danish.
    public var danishTitle: String {
        switch self {
        case .courseOverview: "Oversigt over forløbet"
        case .practiceStories: "Praksisfortællinger"
        case .facilitatorGuide:
            "Støtteværktøj til tovholderen – beskrivelse af rollen og støtte til varetagelse af rollen"
        case .proposalForm: "Forslag til nye tiltag"
        case .sparringMeetings: "Sparringsmøder"
        }
    }

    /// What the sheet contains, from the seed's "Oversigt over de 5 støtteark", verbatim.
    public var summary: String {
        switch self {
        case .courseOverview:
            "I dette støtteark findes en faseinddelt tidslinje med de aktiviteter og møder, som skal finde sted i forløbet."
        case .practiceStories:
            "Dette støtteark indeholder formål, beskrivelse og spilleregler for praksisfortællingsmøderne. Derudover er der inspiration til valg af temaer i praksisfortællinger og eksempler på praksisfortællinger."
        case .facilitatorGuide:
            "Dette støtteark beskriver tovholderens rolle og opgaver i forløbet. Derudover indeholder støttearket tovholderens oversigt over trin i praksisfortællinger og en spørgeguide til brug i praksisfortællinger."
        case .proposalForm:
            "Dette støtteark indeholder et skema, hvor arbejdsgruppen kan notere deres forslag til nye tiltag og implementeringsgruppen kan notere, hvordan I sammen beslutter at arbejde med forslaget. Derudover indeholder støttearket et eksempel på et udfyldt skema."
        case .sparringMeetings:
            "Dette støtteark er tænkt til jer, der ønsker at gennemføre forebyggelsesforløbet for flere arbejdsgrupper på én gang. Støttearket indeholder en tids- og aktivitetsoversigt, hvor sparringsmøder er tilføjet, og inspiration til punkter på dagsordenen."
        }
    }

    /// A stable file-name-safe name, for example `stoetteark-2-praksisfortaellinger`.
    public var slug: String {
        switch self {
        case .courseOverview: "stoetteark-1-oversigt-over-forloebet"
        case .practiceStories: "stoetteark-2-praksisfortaellinger"
        case .facilitatorGuide: "stoetteark-3-stoettevaerktoej-til-tovholderen"
        case .proposalForm: "stoetteark-4-forslag-til-nye-tiltag"
        case .sparringMeetings: "stoetteark-5-sparringsmoeder"
        }
    }

    /// "Støtteark 2: Praksisfortællinger"; the word "Støtteark" follows the language.
    public func title(in language: Language) -> String {
        "\(CourseModelStrings.for(language).supportSheet) \(number): \(danishTitle)"
    }
}
