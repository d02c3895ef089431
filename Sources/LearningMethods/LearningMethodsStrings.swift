import DocumentTree
import ForebygCore

/// Every fixed, user-facing label of the LearningMethods module, both languages side by side.
///
/// The seed's own content (questions, agendas, rules) is not here: it stays Danish in both
/// languages and lives beside the types that carry it.
struct LearningMethodsStrings: ModuleStrings {
    /// The language the labels are in.
    let language: Language

    // Shared
    /// "Medarbejder".
    var staffMember: String { Localized(da: "Medarbejder", en: "Member of staff")[language] }
    /// "Revisioner".
    var revisions: String { Localized(da: "Revisioner", en: "Revisions")[language] }
    /// "Af".
    var by: String { Localized(da: "Af", en: "By")[language] }
    /// "Punkt".
    var agendaItem: String { Localized(da: "Punkt", en: "Item")[language] }
    /// "Indhold".
    var content: String { Localized(da: "Indhold", en: "Content")[language] }
    /// "min." after a number of minutes.
    var minutesUnit: String { Localized(da: "min.", en: "min.")[language] }
    /// "Tovholder".
    var facilitator: String { Localized(da: "Tovholder", en: "Facilitator")[language] }
    /// "Næste møde".
    var nextMeeting: String { Localized(da: "Næste møde", en: "Next meeting")[language] }

    // LA2
    /// The six LA2 plan titles: kind, then citizen's and professionals' version.
    var planTitles: [LA2PlanKind: (citizen: String, professionals: String)] {
        Localized(
            da: [
                .wellBeing: ("Min trivselsplan", "Trivselsplan for fagprofessionelle"),
                .safety: ("Min tryghedsplan", "Tryghedsplan for fagprofessionelle"),
                .learning: ("Min læringsplan", "Læringsplan for fagprofessionelle"),
            ],
            en: [
                .wellBeing: ("My well-being plan", "Well-being plan for professionals"),
                .safety: ("My safety plan", "Safety plan for professionals"),
                .learning: ("My learning plan", "Learning plan for professionals"),
            ])[language]
    }
    /// The short name of each LA2 plan, for tables.
    func planNames(_ value: LA2PlanKind) -> String {
        switch value {
        case .wellBeing: Localized(da: "Trivselsplan", en: "Well-being plan")[language]
        case .safety: Localized(da: "Tryghedsplan", en: "Safety plan")[language]
        case .learning: Localized(da: "Læringsplan", en: "Learning plan")[language]
        }
    }
    /// Labels of the trivselsplan's and tryghedsplan's sections.
    func sections(_ value: LA2Section) -> String {
        switch value {
        case .signsOfWellBeing: Localized(da: "Tegn på trivsel", en: "Signs of well-being")[language]
        case .resources: Localized(da: "Ressourcer", en: "Resources")[language]
        case .signsOfStrain: Localized(da: "Tegn på belastning", en: "Signs of strain")[language]
        case .warningSigns: Localized(da: "Advarselstegn", en: "Warning signs")[language]
        case .ownCoping: Localized(da: "Det gør borgeren selv for at mestre situationen", en: "What the citizen does to cope")[language]
        case .staffSupport: Localized(da: "Medarbejdernes støtte", en: "Staff support")[language]
        case .triggers: Localized(da: "Udløsende årsager", en: "Triggers")[language]
        case .behaviour: Localized(da: "Adfærd", en: "Behaviour")[language]
        case .feelings: Localized(da: "Følelser", en: "Feelings")[language]
        case .coping: Localized(da: "Mestring", en: "Coping")[language]
        }
    }
    /// The label of the trivselsplan's staff-support section.
    var wellBeingStaffSupport: String {
        Localized(
            da: "Medarbejdernes fælles faglige tilgange",
            en: "The staff's shared professional approach")[language]
    }
    /// "Før", "Under", "Efter".
    func phases(_ value: EpisodePhase) -> String {
        switch value {
        case .before: Localized(da: "Før", en: "Before")[language]
        case .during: Localized(da: "Under", en: "During")[language]
        case .after: Localized(da: "Efter", en: "After")[language]
        }
    }
    /// "Før, under og efter en voldsom episode".
    var phasesHeading: String {
        Localized(
            da: "Før, under og efter en voldsom episode",
            en: "Before, during and after a violent episode")[language]
    }
    /// "Episoden".
    var episodeHeading: String { Localized(da: "Episoden", en: "The episode")[language] }
    /// "Tiden op til episoden".
    var leadUp: String { Localized(da: "Tiden op til episoden", en: "The time up to the episode")[language] }
    /// "Selve episoden".
    var episode: String { Localized(da: "Selve episoden", en: "The episode itself")[language] }
    /// "Tegn på forhøjet belastningsniveau før episoden".
    var signsOfRaisedStrain: String {
        Localized(
            da: "Tegn på forhøjet belastningsniveau før episoden",
            en: "Signs of raised strain before the episode")[language]
    }
    /// "Refleksion med kolleger og ledelse".
    var colleaguesReflection: String {
        Localized(
            da: "Refleksion med kolleger og ledelse",
            en: "Reflection with colleagues and management")[language]
    }
    /// "Refleksion sammen med borgeren".
    var citizenReflection: String { Localized(da: "Refleksion sammen med borgeren", en: "Reflection with the citizen")[language] }
    /// "Afrunding af samtalen".
    var closing: String { Localized(da: "Afrunding af samtalen", en: "Closing the talk")[language] }
    /// "En ting, medarbejderen gerne vil gøre anderledes".
    var staffWillDoDifferently: String {
        Localized(
            da: "En ting, medarbejderen gerne vil gøre anderledes",
            en: "One thing the member of staff would like to do differently")[language]
    }
    /// "En ting, borgeren vil forsøge at gøre anderledes".
    var citizenWillTry: String {
        Localized(
            da: "En ting, borgeren vil forsøge at gøre anderledes",
            en: "One thing the citizen will try to do differently")[language]
    }
    /// "Ført videre til trivsels- og tryghedsplanen".
    var carriedInto: String {
        Localized(
            da: "Ført videre til trivsels- og tryghedsplanen",
            en: "Carried into the well-being and safety plans")[language]
    }
    /// "Plan".
    var plan: String { Localized(da: "Plan", en: "Plan")[language] }
    /// "Afsnit".
    var section: String { Localized(da: "Afsnit", en: "Section")[language] }
    /// "Indhold" of a carried entry.
    var entry: String { Localized(da: "Indhold", en: "Entry")[language] }
    /// "Ført ind".
    var carriedOn: String { Localized(da: "Ført ind", en: "Carried in")[language] }

    // Resident conference
    /// "Beboerkonference".
    var residentConference: String { Localized(da: "Beboerkonference", en: "Resident conference")[language] }
    /// "Beboer".
    var resident: String { Localized(da: "Beboer", en: "Resident")[language] }
    /// "Anledning".
    var occasion: String { Localized(da: "Anledning", en: "Occasion")[language] }
    /// The occasions' names.
    func occasions(_ value: ConferenceOccasion) -> String {
        switch value {
        case .scheduled: Localized(da: "Fast beboerkonference", en: "Scheduled conference")[language]
        case .afterIncident: Localized(da: "Ekstra konference efter en voldsom episode", en: "Extra conference after a violent episode")[language]
        }
    }
    /// "Beboer valgt".
    var residentChosenOn: String { Localized(da: "Beboer valgt", en: "Resident chosen on")[language] }
    /// "Seneste konference".
    var previousConference: String { Localized(da: "Seneste konference", en: "Previous conference")[language] }
    /// "Deltagere og roller".
    var participantsAndRoles: String { Localized(da: "Deltagere og roller", en: "Participants and roles")[language] }
    /// "Deltager".
    var participant: String { Localized(da: "Deltager", en: "Participant")[language] }
    /// "Faggruppe".
    var profession: String { Localized(da: "Faggruppe", en: "Profession")[language] }
    /// The roles' names.
    func roles(_ value: ConferenceRole) -> String {
        switch value {
        case .chair: Localized(da: "Mødeleder", en: "Chair")[language]
        case .narrator: Localized(da: "Fortæller", en: "Narrator")[language]
        case .knowledgeBearer: Localized(da: "Bringer faglig viden i spil", en: "Brings professional knowledge")[language]
        case .participant: Localized(da: "Deltager", en: "Participant")[language]
        }
    }
    /// "Evaluering af seneste beboerkonference".
    var evaluation: String {
        Localized(
            da: "Evaluering af seneste beboerkonference",
            en: "Evaluation of the previous conference")[language]
    }
    /// "Aftalt indsats".
    var agreedAction: String { Localized(da: "Aftalt indsats", en: "Agreed action")[language] }
    /// "Gået godt".
    var wentWell: String { Localized(da: "Gået godt", en: "Went well")[language] }
    /// "Skal gøres anderledes".
    var doDifferently: String { Localized(da: "Skal gøres anderledes", en: "To do differently")[language] }
    /// "Fortællinger".
    var stories: String { Localized(da: "Fortællinger", en: "Stories")[language] }
    /// "Bedre forståelse af borgeren".
    var understanding: String {
        Localized(
            da: "Bedre forståelse af borgeren",
            en: "Better understanding of the citizen")[language]
    }
    /// "Aftalte indsatser".
    var agreedActions: String { Localized(da: "Aftalte indsatser", en: "Agreed actions")[language] }
    /// "Hvem".
    var responsible: String { Localized(da: "Hvem", en: "Who")[language] }
    /// "Hvor tit".
    var frequency: String { Localized(da: "Hvor tit", en: "How often")[language] }
    /// "Hvornår".
    var starts: String { Localized(da: "Hvornår", en: "When")[language] }
    /// "Dokumenteres af".
    var documentedBy: String { Localized(da: "Dokumenteres af", en: "Documented by")[language] }
    /// "Regler".
    var rules: String { Localized(da: "Regler", en: "Rules")[language] }

    // Board meeting
    /// "Tavlemøde".
    var boardMeeting: String { Localized(da: "Tavlemøde", en: "Board meeting")[language] }
    /// "Kvalitetstavle".
    var qualityBoard: String { Localized(da: "Kvalitetstavle", en: "Quality board")[language] }
    /// "Forbedringstavle".
    var improvementBoard: String { Localized(da: "Forbedringstavle", en: "Improvement board")[language] }
    /// "Mål".
    var goals: String { Localized(da: "Mål", en: "Goals")[language] }
    /// "Aftaler".
    var agreements: String { Localized(da: "Aftaler", en: "Agreements")[language] }
    /// The board fields that hold improvement cards, by state: "Ideer", "Igangværende", "Afsluttet".
    func cardStates(_ value: CardState) -> String {
        switch value {
        case .proposed: Localized(da: "Ideer", en: "Ideas")[language]
        case .inProgress: Localized(da: "Igangværende", en: "In progress")[language]
        case .done: Localized(da: "Afsluttet", en: "Done")[language]
        }
    }
    /// "Forslag" (a card).
    var card: String { Localized(da: "Forslag", en: "Proposal")[language] }
    /// "Foreslået af".
    var proposedBy: String { Localized(da: "Foreslået af", en: "Proposed by")[language] }
    /// "Deadline".
    var deadline: String { Localized(da: "Deadline", en: "Deadline")[language] }
    /// "Forum".
    var forum: String { Localized(da: "Forum", en: "Forum")[language] }
    /// "Opfølgning".
    var followUp: String { Localized(da: "Opfølgning", en: "Follow-up")[language] }
    /// "Mål" on a chart's reference line.
    var target: String { Localized(da: "Mål", en: "Target")[language] }

    // Practice story
    /// "Praksisfortælling".
    var practiceStory: String { Localized(da: "Praksisfortælling", en: "Practice story")[language] }
    /// "Skrevet af".
    var writer: String { Localized(da: "Skrevet af", en: "Written by")[language] }
    /// "Arbejdsgruppe".
    var workingGroup: String { Localized(da: "Arbejdsgruppe", en: "Working group")[language] }
    /// "Fortællingen".
    var story: String { Localized(da: "Fortællingen", en: "The story")[language] }
    /// "Fortællerens refleksioner".
    var reflections: String { Localized(da: "Fortællerens refleksioner", en: "The writer's reflections")[language] }
    /// "Gruppens drøftelse".
    var discussion: String { Localized(da: "Gruppens drøftelse", en: "The group's discussion")[language] }
    /// "Gruppens forslag".
    var proposals: String { Localized(da: "Gruppens forslag", en: "The group's proposals")[language] }
    /// "Forslag til nye tiltag".
    var proposalReference: String { Localized(da: "Forslag til nye tiltag", en: "Forslag til nye tiltag")[language] }
    /// "Næste møde": same story or a new one.
    func continuations(_ value: StoryContinuation) -> String {
        switch value {
        case .sameStoryNewAngle: Localized(da: "Samme fortælling, ny vinkel", en: "The same story, a new angle")[language]
        case .newStory: Localized(da: "En ny fortælling", en: "A new story")[language]
        }
    }

    // Method guides
    /// "Forberedelse".
    var preparation: String { Localized(da: "Forberedelse", en: "Preparation")[language] }
    /// "Gennemførelse".
    var conduct: String { Localized(da: "Gennemførelse", en: "Conduct")[language] }
    /// "Sådan kan I arbejde med praksisfortællinger".
    var practiceStoryGuide: String {
        Localized(
            da: "Sådan kan I arbejde med praksisfortællinger",
            en: "How to work with practice stories")[language]
    }
    /// "Praksisfortællingsmøder".
    var practiceStoryMeetings: String { Localized(da: "Praksisfortællingsmøder", en: "Practice story meetings")[language] }
    /// "Midtvejs og ved afslutningen af forløbet".
    var midwayAndClosing: String {
        Localized(
            da: "Midtvejs og ved afslutningen af forløbet",
            en: "Midway and at the end of the course")[language]
    }
    /// "Sådan kan I holde tavlemøder og opnå læring".
    var boardMeetingGuide: String {
        Localized(
            da: "Sådan kan I holde tavlemøder og opnå læring",
            en: "How to hold board meetings and learn from them")[language]
    }
    /// "Læs mere".
    var readMore: String { Localized(da: "Læs mere", en: "Read more")[language] }
    /// The title of seed 002's introduction ("Om læring").
    var learningIntroduction: String {
        Localized(
            da: "Om læring efter voldsomme episoder",
            en: "About learning after violent episodes")[language]
    }
    /// The title of the beboerkonference guide.
    var residentConferenceGuide: String {
        Localized(
            da: "Sådan kan I arbejde med beboerkonferencer",
            en: "How to work with resident conferences (beboerkonferencer)")[language]
    }
    /// The note that the practice story meeting's timed steps leave out Arbejdstilsynet's 20 minutes.
    var practiceStoryMinutesNote: String {
        Localized(
            da: "Trinene i tabellen giver tilsammen 100 af mødets 120 minutter. Vold som Udtryksforms trin udelader de 20 minutter, som Arbejdstilsynets forebyggelsespakke giver til at udfylde »Forslag til nye tiltag« sammen.",
            en: "The steps in the table add up to 100 of the meeting's 120 minutes. Vold som Udtryksform's steps leave out the 20 minutes that Arbejdstilsynet's forebyggelsespakke gives to filling in »Forslag til nye tiltag« (proposals for new measures) together.")[language]
    }
    /// "Sådan kan I arbejde med skemaerne i LA2".
    var la2Guide: String {
        Localized(
            da: "Sådan kan I arbejde med skemaerne i LA2",
            en: "How to work with the LA2 plans")[language]
    }
    /// "Brug af skemaerne".
    var usingThePlans: String { Localized(da: "Brug af skemaerne", en: "Using the plans")[language] }
    /// The seed's headings for each kind of plan, for example "Trivselsplaner".
    func planKindHeadings(_ value: LA2PlanKind) -> String {
        switch value {
        case .wellBeing: Localized(da: "Trivselsplaner", en: "Well-being plans (trivselsplaner)")[language]
        case .safety: Localized(da: "Tryghedsplaner", en: "Safety plans (tryghedsplaner)")[language]
        case .learning: Localized(da: "Læringsplaner", en: "Learning plans (læringsplaner)")[language]
        }
    }
}
