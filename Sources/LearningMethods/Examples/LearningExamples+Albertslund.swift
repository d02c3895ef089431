import ForebygCore

extension LearningExamples {
    /// Albertslund Kommune's beboerkonference as part of an incident analysis: the procedure,
    /// participants and follow-up as the seed describes them, verbatim. The seed gives no
    /// conference's stories, so those parts are left for the workplace to fill in.
    public static var albertslundConference: ResidentConference {
        ResidentConference(
            workplace: "Plejecentrene i Albertslund Kommune", occasion: .afterIncident, resident: "beboer",
            agenda: albertslundAgenda,
            localRules: [
                "På plejecentrene i Albertslund Kommune er beboerkonferencer med til at sikre høj faglighed og dermed trivsel og tryghed for beboere, pårørende og medarbejdere. Beboerkonferencerne holdes, så hver beboer som minimum er med på en konference en gang om året.",
                "Beboerkonferencer er også en del af den hændelsesanalyse, der skal gennemføres, når en medarbejder har været udsat for grænseoverskridende adfærd i form af trusler eller voldsomme episoder.",
                "Lederen indkalder til konference, som varer ca. 1 ½ time. Deltagere på beboerkonferencen er de faggrupper, der relaterer til beboerens udfordringer.",
                "Så vidt muligt deltager afdelingslederen, beboerens kontaktperson og øvrigt plejepersonale altid. Ved tværfaglige problemstillinger kan centersygeplejersken, fysioterapeuten, ergoterapeuten og diætisten inviteres med for at optimere løsningerne.",
            ],
            participants: [
                ConferenceParticipant(person: "afdelingsleder", role: .chair, profession: "afdelingsleder"),
                ConferenceParticipant(person: "udsat-medarbejder", role: .narrator, profession: "plejepersonale"),
                ConferenceParticipant(person: "kontaktperson", role: .participant, profession: "beboerens kontaktperson"),
                ConferenceParticipant(person: "plejepersonale", role: .participant, profession: "øvrigt plejepersonale"),
                ConferenceParticipant(person: "centersygeplejerske", role: .knowledgeBearer, profession: "centersygeplejerske"),
            ],
            agreedActions: [
                AgreedAction(
                    id: "aftaler-i-omsorgssystemet",
                    action: "Beboerens kontaktperson skriver efterfølgende aftalerne ind i omsorgssystemet og følger løbende op på aftalerne i samarbejde med det øvrige personale.",
                    responsible: ["kontaktperson"], frequency: "Løbende", documentedBy: "kontaktperson"),
            ])
    }

    /// Albertslund's procedure as an agenda of about 1½ hours whose steps the seed does not time.
    static var albertslundAgenda: MeetingAgenda {
        MeetingAgenda(lengthMinutes: 90, items: [
            AgendaItem(title: "Fortælling uden afbrydelser",
                       description: "På konferencen fortæller den udsatte medarbejder – uden afbrydelser fra kolleger – om episoden med beboeren.",
                       questions: [
                           "Mødelederen spørger til beboeren: Hvad gjorde han? Hvor stod han? Hvordan så han ud?",
                           "Og til medarbejderens perspektiv: Hvad gjorde du? Hvad tænkte du? Hvad var vigtigt for dig?",
                       ]),
            AgendaItem(title: "Positive kvitteringer",
                       description: "Herefter giver kollegerne kvitteringer til mødelederen. De ’kvitterer’ anerkendende og positivt på fortællerens gode intention, fx ved at sige ”Jeg hører, det er vigtigt for dig, at …”, og fortælleren lytter uden at kommentere."),
            AgendaItem(title: "Fælles refleksion og brainstorm",
                       description: "Efter denne runde er der fælles refleksion og brainstorm. Alle byder ind med deres viden om beboeren, og man samler op og laver nye aftaler om handlinger, og hvem der gør hvad fremover."),
            AgendaItem(title: "Aftaler og opfølgning",
                       description: "Beboerens kontaktperson skriver efterfølgende aftalerne ind i omsorgssystemet og følger løbende op på aftalerne i samarbejde med det øvrige personale. Aftalerne evalueres på den næste beboerkonference."),
        ])
    }
}
