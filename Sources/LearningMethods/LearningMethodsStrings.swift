import ForebygCore

/// Every fixed, user-facing label of the LearningMethods module, one value per language.
///
/// The seed's own content (questions, agendas, rules) is not here: it stays Danish in both
/// languages and lives beside the types that carry it.
struct LearningMethodsStrings: Sendable {
    // Shared
    /// "Borger".
    let citizen: String
    /// "Medarbejder".
    let staffMember: String
    /// "Dato".
    let date: String
    /// "Arbejdsplads".
    let workplace: String
    /// "Revisioner".
    let revisions: String
    /// "Af".
    let by: String
    /// "Ændring".
    let change: String
    /// "Dagsorden".
    let agenda: String
    /// "Punkt".
    let agendaItem: String
    /// "Minutter".
    let minutes: String
    /// "Indhold".
    let content: String
    /// "Varighed".
    let length: String
    /// "min." after a number of minutes.
    let minutesUnit: String
    /// "Tovholder".
    let facilitator: String
    /// "Næste møde".
    let nextMeeting: String

    // LA2
    /// The six LA2 plan titles: kind, then citizen's and professionals' version.
    let planTitles: [LA2PlanKind: (citizen: String, professionals: String)]
    /// The short name of each LA2 plan, for tables.
    let planNames: [LA2PlanKind: String]
    /// Labels of the trivselsplan's and tryghedsplan's sections.
    let sections: [LA2Section: String]
    /// The label of the trivselsplan's staff-support section.
    let wellBeingStaffSupport: String
    /// "Før", "Under", "Efter".
    let phases: [EpisodePhase: String]
    /// "Fase".
    let phase: String
    /// "Før, under og efter en voldsom episode".
    let phasesHeading: String
    /// "Episoden".
    let episodeHeading: String
    /// "Episodens dato".
    let episodeDate: String
    /// "Tiden op til episoden".
    let leadUp: String
    /// "Selve episoden".
    let episode: String
    /// "Tegn på forhøjet belastningsniveau før episoden".
    let signsOfRaisedStrain: String
    /// "Refleksion med kolleger og ledelse".
    let colleaguesReflection: String
    /// "Refleksion sammen med borgeren".
    let citizenReflection: String
    /// "Afrunding af samtalen".
    let closing: String
    /// "En ting, medarbejderen gerne vil gøre anderledes".
    let staffWillDoDifferently: String
    /// "En ting, borgeren vil forsøge at gøre anderledes".
    let citizenWillTry: String
    /// "Ført videre til trivsels- og tryghedsplanen".
    let carriedInto: String
    /// "Plan".
    let plan: String
    /// "Afsnit".
    let section: String
    /// "Indhold" of a carried entry.
    let entry: String
    /// "Ført ind".
    let carriedOn: String

    // Resident conference
    /// "Beboerkonference".
    let residentConference: String
    /// "Beboer".
    let resident: String
    /// "Anledning".
    let occasion: String
    /// The occasions' names.
    let occasions: [ConferenceOccasion: String]
    /// "Beboer valgt".
    let residentChosenOn: String
    /// "Seneste konference".
    let previousConference: String
    /// "Deltagere og roller".
    let participants: String
    /// "Deltager".
    let participant: String
    /// "Rolle".
    let role: String
    /// "Faggruppe".
    let profession: String
    /// The roles' names.
    let roles: [ConferenceRole: String]
    /// "Evaluering af seneste beboerkonference".
    let evaluation: String
    /// "Aftalt indsats".
    let agreedAction: String
    /// "Resultat".
    let outcome: String
    /// "Gået godt".
    let wentWell: String
    /// "Skal gøres anderledes".
    let doDifferently: String
    /// "Fortællinger".
    let stories: String
    /// "Bedre forståelse af borgeren".
    let understanding: String
    /// "Aftalte indsatser".
    let agreedActions: String
    /// "Hvem".
    let responsible: String
    /// "Hvor tit".
    let frequency: String
    /// "Hvornår".
    let starts: String
    /// "Dokumenteres af".
    let documentedBy: String
    /// "Regler".
    let rules: String

    // Board meeting
    /// "Tavlemøde".
    let boardMeeting: String
    /// "Fokusområde".
    let focusArea: String
    /// "Kvalitetstavle".
    let qualityBoard: String
    /// "Forbedringstavle".
    let improvementBoard: String
    /// "Mål".
    let goals: String
    /// "Status".
    let status: String
    /// "Aftaler".
    let agreements: String
    /// The board fields that hold improvement cards, by state: "Ideer", "Igangværende", "Afsluttet".
    let cardStates: [CardState: String]
    /// "Forslag" (a card).
    let card: String
    /// "Foreslået af".
    let proposedBy: String
    /// "Deadline".
    let deadline: String
    /// "Forum".
    let forum: String
    /// "Opfølgning".
    let followUp: String
    /// "Periode".
    let period: String
    /// "Mål" on a chart's reference line.
    let target: String

    // Practice story
    /// "Praksisfortælling".
    let practiceStory: String
    /// "Skrevet af".
    let writer: String
    /// "Tema".
    let theme: String
    /// "Arbejdsgruppe".
    let workingGroup: String
    /// "Fortællingen".
    let story: String
    /// "Fortællerens refleksioner".
    let reflections: String
    /// "Gruppens drøftelse".
    let discussion: String
    /// "Gruppens forslag".
    let proposals: String
    /// "Forslag".
    let proposal: String
    /// "Forslag til nye tiltag".
    let proposalReference: String
    /// "Næste møde": same story or a new one.
    let continuations: [StoryContinuation: String]

    static func `for`(_ language: Language) -> LearningMethodsStrings {
        switch language {
        case .danish: danish
        case .english: english
        }
    }
}
