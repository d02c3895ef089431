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

    // Method guides
    /// "Forberedelse".
    let preparation: String
    /// "Gennemførelse".
    let conduct: String
    /// "Sådan kan I arbejde med praksisfortællinger".
    let practiceStoryGuide: String
    /// "Praksisfortællingsmøder".
    let practiceStoryMeetings: String
    /// "Midtvejs og ved afslutningen af forløbet".
    let midwayAndClosing: String
    /// "Sådan kan I holde tavlemøder og opnå læring".
    let boardMeetingGuide: String
    /// "Læs mere".
    let readMore: String
    /// The title of seed 002's introduction ("Om læring").
    let learningIntroduction: String
    /// The title of the beboerkonference guide.
    let residentConferenceGuide: String
    /// The note that the practice story meeting's timed steps leave out Arbejdstilsynet's 20 minutes.
    let practiceStoryMinutesNote: String
    /// "Sådan kan I arbejde med skemaerne i LA2".
    let la2Guide: String
    /// "Brug af skemaerne".
    let usingThePlans: String
    /// The seed's headings for each kind of plan, for example "Trivselsplaner".
    let planKindHeadings: [LA2PlanKind: String]

    /// The Danish labels, the default.
    static let danish = LearningMethodsStrings(
        citizen: "Borger", staffMember: "Medarbejder", date: "Dato", workplace: "Arbejdsplads",
        revisions: "Revisioner", by: "Af", change: "Ændring", agenda: "Dagsorden", agendaItem: "Punkt",
        minutes: "Minutter", content: "Indhold", length: "Varighed", minutesUnit: "min.",
        facilitator: "Tovholder", nextMeeting: "Næste møde",
        planTitles: [
            .wellBeing: ("Min trivselsplan", "Trivselsplan for fagprofessionelle"),
            .safety: ("Min tryghedsplan", "Tryghedsplan for fagprofessionelle"),
            .learning: ("Min læringsplan", "Læringsplan for fagprofessionelle"),
        ],
        planNames: [.wellBeing: "Trivselsplan", .safety: "Tryghedsplan", .learning: "Læringsplan"],
        sections: [
            .signsOfWellBeing: "Tegn på trivsel", .resources: "Ressourcer", .signsOfStrain: "Tegn på belastning",
            .warningSigns: "Advarselstegn", .ownCoping: "Det gør borgeren selv for at mestre situationen",
            .staffSupport: "Medarbejdernes støtte", .triggers: "Udløsende årsager", .behaviour: "Adfærd",
            .feelings: "Følelser", .coping: "Mestring",
        ],
        wellBeingStaffSupport: "Medarbejdernes fælles faglige tilgange",
        phases: [.before: "Før", .during: "Under", .after: "Efter"], phase: "Fase",
        phasesHeading: "Før, under og efter en voldsom episode",
        episodeHeading: "Episoden", episodeDate: "Episodens dato", leadUp: "Tiden op til episoden",
        episode: "Selve episoden", signsOfRaisedStrain: "Tegn på forhøjet belastningsniveau før episoden",
        colleaguesReflection: "Refleksion med kolleger og ledelse", citizenReflection: "Refleksion sammen med borgeren",
        closing: "Afrunding af samtalen", staffWillDoDifferently: "En ting, medarbejderen gerne vil gøre anderledes",
        citizenWillTry: "En ting, borgeren vil forsøge at gøre anderledes",
        carriedInto: "Ført videre til trivsels- og tryghedsplanen", plan: "Plan", section: "Afsnit",
        entry: "Indhold", carriedOn: "Ført ind",
        residentConference: "Beboerkonference", resident: "Beboer", occasion: "Anledning",
        occasions: [.scheduled: "Fast beboerkonference", .afterIncident: "Ekstra konference efter en voldsom episode"],
        residentChosenOn: "Beboer valgt", previousConference: "Seneste konference", participants: "Deltagere og roller",
        participant: "Deltager", role: "Rolle", profession: "Faggruppe",
        roles: [
            .chair: "Mødeleder", .narrator: "Fortæller", .knowledgeBearer: "Bringer faglig viden i spil",
            .participant: "Deltager",
        ],
        evaluation: "Evaluering af seneste beboerkonference", agreedAction: "Aftalt indsats",
        wentWell: "Gået godt", doDifferently: "Skal gøres anderledes", stories: "Fortællinger",
        understanding: "Bedre forståelse af borgeren", agreedActions: "Aftalte indsatser", responsible: "Hvem",
        frequency: "Hvor tit", starts: "Hvornår", documentedBy: "Dokumenteres af", rules: "Regler",
        boardMeeting: "Tavlemøde", focusArea: "Fokusområde", qualityBoard: "Kvalitetstavle",
        improvementBoard: "Forbedringstavle", goals: "Mål", status: "Status", agreements: "Aftaler",
        cardStates: [.proposed: "Ideer", .inProgress: "Igangværende", .done: "Afsluttet"],
        card: "Forslag", proposedBy: "Foreslået af", deadline: "Deadline", forum: "Forum", followUp: "Opfølgning",
        period: "Periode", target: "Mål",
        practiceStory: "Praksisfortælling", writer: "Skrevet af", theme: "Tema", workingGroup: "Arbejdsgruppe", story: "Fortællingen",
        reflections: "Fortællerens refleksioner", discussion: "Gruppens drøftelse", proposals: "Gruppens forslag",
        proposal: "Forslag", proposalReference: "Forslag til nye tiltag",
        continuations: [.sameStoryNewAngle: "Samme fortælling, ny vinkel", .newStory: "En ny fortælling"],
        preparation: "Forberedelse", conduct: "Gennemførelse",
        practiceStoryGuide: "Sådan kan I arbejde med praksisfortællinger", practiceStoryMeetings: "Praksisfortællingsmøder",
        midwayAndClosing: "Midtvejs og ved afslutningen af forløbet",
        boardMeetingGuide: "Sådan kan I holde tavlemøder og opnå læring", readMore: "Læs mere",
        learningIntroduction: "Om læring efter voldsomme episoder",
        residentConferenceGuide: "Sådan kan I arbejde med beboerkonferencer",
        practiceStoryMinutesNote: "Trinene i tabellen giver tilsammen 100 af mødets 120 minutter. Vold som Udtryksforms trin udelader de 20 minutter, som Arbejdstilsynets forebyggelsespakke giver til at udfylde »Forslag til nye tiltag« sammen.",
        la2Guide: "Sådan kan I arbejde med skemaerne i LA2", usingThePlans: "Brug af skemaerne",
        planKindHeadings: [.wellBeing: "Trivselsplaner", .safety: "Tryghedsplaner", .learning: "Læringsplaner"]
    )

    /// The English labels.
    static let english = LearningMethodsStrings(
        citizen: "Citizen", staffMember: "Member of staff", date: "Date", workplace: "Workplace",
        revisions: "Revisions", by: "By", change: "Change", agenda: "Agenda", agendaItem: "Item",
        minutes: "Minutes", content: "Content", length: "Length", minutesUnit: "min.",
        facilitator: "Facilitator", nextMeeting: "Next meeting",
        planTitles: [
            .wellBeing: ("My well-being plan", "Well-being plan for professionals"),
            .safety: ("My safety plan", "Safety plan for professionals"),
            .learning: ("My learning plan", "Learning plan for professionals"),
        ],
        planNames: [.wellBeing: "Well-being plan", .safety: "Safety plan", .learning: "Learning plan"],
        sections: [
            .signsOfWellBeing: "Signs of well-being", .resources: "Resources", .signsOfStrain: "Signs of strain",
            .warningSigns: "Warning signs", .ownCoping: "What the citizen does to cope",
            .staffSupport: "Staff support", .triggers: "Triggers", .behaviour: "Behaviour",
            .feelings: "Feelings", .coping: "Coping",
        ],
        wellBeingStaffSupport: "The staff's shared professional approach",
        phases: [.before: "Before", .during: "During", .after: "After"], phase: "Phase",
        phasesHeading: "Before, during and after a violent episode",
        episodeHeading: "The episode", episodeDate: "Date of the episode", leadUp: "The time up to the episode",
        episode: "The episode itself", signsOfRaisedStrain: "Signs of raised strain before the episode",
        colleaguesReflection: "Reflection with colleagues and management", citizenReflection: "Reflection with the citizen",
        closing: "Closing the talk", staffWillDoDifferently: "One thing the member of staff would like to do differently",
        citizenWillTry: "One thing the citizen will try to do differently",
        carriedInto: "Carried into the well-being and safety plans", plan: "Plan", section: "Section",
        entry: "Entry", carriedOn: "Carried in",
        residentConference: "Resident conference", resident: "Resident", occasion: "Occasion",
        occasions: [.scheduled: "Scheduled conference", .afterIncident: "Extra conference after a violent episode"],
        residentChosenOn: "Resident chosen on", previousConference: "Previous conference", participants: "Participants and roles",
        participant: "Participant", role: "Role", profession: "Profession",
        roles: [
            .chair: "Chair", .narrator: "Narrator", .knowledgeBearer: "Brings professional knowledge",
            .participant: "Participant",
        ],
        evaluation: "Evaluation of the previous conference", agreedAction: "Agreed action",
        wentWell: "Went well", doDifferently: "To do differently", stories: "Stories",
        understanding: "Better understanding of the citizen", agreedActions: "Agreed actions", responsible: "Who",
        frequency: "How often", starts: "When", documentedBy: "Documented by", rules: "Rules",
        boardMeeting: "Board meeting", focusArea: "Focus area", qualityBoard: "Quality board",
        improvementBoard: "Improvement board", goals: "Goals", status: "Status", agreements: "Agreements",
        cardStates: [.proposed: "Ideas", .inProgress: "In progress", .done: "Done"],
        card: "Proposal", proposedBy: "Proposed by", deadline: "Deadline", forum: "Forum", followUp: "Follow-up",
        period: "Period", target: "Target",
        practiceStory: "Practice story", writer: "Written by", theme: "Theme", workingGroup: "Working group", story: "The story",
        reflections: "The writer's reflections", discussion: "The group's discussion", proposals: "The group's proposals",
        proposal: "Proposal", proposalReference: "Forslag til nye tiltag",
        continuations: [.sameStoryNewAngle: "The same story, a new angle", .newStory: "A new story"],
        preparation: "Preparation", conduct: "Conduct",
        practiceStoryGuide: "How to work with practice stories", practiceStoryMeetings: "Practice story meetings",
        midwayAndClosing: "Midway and at the end of the course",
        boardMeetingGuide: "How to hold board meetings and learn from them", readMore: "Read more",
        learningIntroduction: "About learning after violent episodes",
        residentConferenceGuide: "How to work with resident conferences (beboerkonferencer)",
        practiceStoryMinutesNote: "The steps in the table add up to 100 of the meeting's 120 minutes. Vold som Udtryksform's steps leave out the 20 minutes that Arbejdstilsynet's forebyggelsespakke gives to filling in »Forslag til nye tiltag« (proposals for new measures) together.",
        la2Guide: "How to work with the LA2 plans", usingThePlans: "Using the plans",
        planKindHeadings: [.wellBeing: "Well-being plans (trivselsplaner)", .safety: "Safety plans (tryghedsplaner)", .learning: "Learning plans (læringsplaner)"]
    )

    /// The labels for a language.
    static func `for`(_ language: Language) -> LearningMethodsStrings {
        switch language {
        case .danish: danish
        case .english: english
        }
    }
}
