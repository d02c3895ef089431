public import ForebygCore

/// One of the ten questions of the form "Forslag til nye tiltag" (støtteark 4 in seed 000).
///
/// Questions 1–5 are answered by the working group (*arbejdsgruppen*) at a story meeting;
/// questions 6–10 by the implementation group (*implementeringsgruppen*) at the midtvejsmøde
/// or the afsluttende møde. The text is the blank form's, verbatim; seed 000's filled example
/// words questions 4, 5, 6 and 10 slightly differently (see ``exampleWording``).
public enum ProposalQuestion: Int, CaseIterable, Codable, Sendable, Comparable, Numbered {
    /// 1. The story and the professional challenge.
    case storyAndChallenge = 1
    /// 2. Why the challenge arises.
    case whyItArises
    /// 3. Ideas for action.
    case ideasForAction
    /// 4. Need for new knowledge or competences.
    case knowledgeNeeds
    /// 5. When the working group considers the challenge met.
    case workingGroupCriteria
    /// 6. Prioritised? Which actions.
    case prioritisation
    /// 7. What can be delegated within the implementation group; who is responsible.
    case delegation
    /// 8. Coordination with other working groups and MED-udvalget / arbejdsmiljøorganisationen.
    case coordination
    /// 9. How the ideas are communicated and implemented among colleagues.
    case communication
    /// 10. When the implementation group considers the challenge met, and how it is evaluated.
    case evaluation

    /// The group that answers a question.
    public enum Respondent: String, Codable, Sendable {
        /// The working group (*arbejdsgruppen*), questions 1–5.
        case workingGroup
        /// The implementation group (*implementeringsgruppen*), questions 6–10.
        case implementationGroup
    }

    /// Who answers the question.
    public var respondent: Respondent {
        rawValue <= 5 ? .workingGroup : .implementationGroup
    }

    /// The question as printed on the blank form, in Danish; a second sentence, where the form has one, follows a line break.
    public var text: String {
        switch self {
        case .storyAndChallenge: "Gengiv kort praksisfortællingen. Hvad er den faglige udfordring?"
        case .whyItArises: "Gengiv jeres bud på, hvorfor den faglige udfordring opstår?"
        case .ideasForAction: "Gengiv jeres idéer til handlinger, der kan imødekomme den faglige udfordring i fremtiden?"
        case .knowledgeNeeds:
            "Er der behov for ny viden/kompetencer for at skabe en bedre forståelse/løsning af udfordringen?\nHar arbejdsgruppen forslag til, hvordan man kan tilegne sig ny viden/kompetencer?"
        case .workingGroupCriteria: "Hvornår vurderer arbejdsgruppen, at den faglige udfordring er imødekommet?"
        case .prioritisation: "Skal dette forslag til tiltag prioriteres? Hvis ja, hvilke handlinger skal iværksættes?"
        case .delegation:
            "Er der dele af arbejdsgruppens idéer til handlinger, som kan uddelegeres i implementeringsgruppen?\nHvem er ansvarlige for hvad?"
        case .coordination:
            "Skal arbejdsgruppens forslag til tiltag koordineres med andre arbejdsgrupper?\nSkal det koordineres med MED-udvalget/arbejdsmiljøorganisationen? Hvem er ansvarlige for hvad?"
        case .communication:
            "Hvordan formidles og implementeres arbejdsgruppens idéer blandt kollegaerne? Hvem er ansvarlige for hvad?"
        case .evaluation:
            "Hvornår vurderer implementeringsgruppen, at den faglige udfordring er imødekommet, og hvordan evalueres der?"
        }
    }

    /// The question as worded in seed 000's filled example, where it differs from the blank form.
    public var exampleWording: String {
        switch self {
        case .knowledgeNeeds:
            "Er der behov for ny viden/nye kompetencer for at skabe en bedre forståelse/løsning af udfordringen?\nHar arbejdsgruppen forslag til, hvordan man kan tilegne sig ny viden/nye kompetencer?"
        case .workingGroupCriteria: "Hvad vurderer arbejdsgruppen, der skal til, for at den faglige udfordring er imødekommet?"
        case .prioritisation: "Skal dette forslag prioriteres? Hvis ja, hvilke handlinger skal iværksættes?"
        case .evaluation:
            "Hvad vurderer implementeringsgruppen, der skal til, for at den faglige udfordring er imødekommet, og hvordan evalueres der?"
        default: text
        }
    }
}
