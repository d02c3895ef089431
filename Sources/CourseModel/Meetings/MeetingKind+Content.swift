extension MeetingKind {
    /// The seed's introduction to the meeting (who invites, who leads), verbatim in Danish.
    public var introduction: [String] {
        switch self {
        case .implementationGroupFormation:
            ["Daglig leder skal nedsætte implementeringsgruppen og samle den."]
        case .planningMeeting:
            [
                "Den daglige leder inviterer den øverste leder og resten af implementeringsgruppen til et planlægningsmøde. På mødet diskuteres og planlægges de overordnede linjer for, hvordan forebyggelsespakken skal gennemføres.",
                "I skal afklare:",
            ]
        case .informationMeeting:
            [
                "Den daglige leder inviterer den øverste leder, implementeringsgruppen og alle de medarbejdere, der skal deltage i arbejdsgruppen, til et informationsmøde. Den daglige leder er mødeleder og uddeler eksemplarer af støtteark 1 ”Oversigt over forløbet” og støtteark 2 ”Praksisfortællinger” til mødedeltagerne."
            ]
        case .storyMeeting:
            [
                "Tovholderen inviterer arbejdsgruppen til praksisfortællingsmøde.",
                "På det første møde er der afsat god tid til, at arbejdsgruppen kan lære metoden at kende. Samtidig får tovholderen mulighed for at bringe sin nye rolle i spil over for kollegaerne.",
                "Tovholderen inviterer arbejdsgruppen til det næste praksisfortællingsmøde ca. 2 uger efter det første møde.",
                "Fortællingen gennemføres med tovholderen som mødeleder, præcis som på det første praksisfortællingsmøde.",
                "På mødet arbejder gruppen enten videre med praksisfortællingen fra sidste møde eller starter en ny praksisfortælling op på samme måde som ved de tidligere møder i arbejdsgruppen.",
                "Det anbefales, at den samme praksisfortælling højst strækker sig over 2 praksisfortællingsmøder, da det er et mål i sig selv, at medarbejderne indøver metoden, og det gøres bedst, hvis de får mulighed for at arbejde med flere forskellige fortællinger i forløbet.",
            ]
        case .preMeeting:
            ["Implementeringsgruppen mødes til formøde før midtvejsmødet og det afsluttende møde."]
        case .sparringMeeting:
            [
                "Den daglige leder inviterer implementeringsgruppen og tovholderne til et sparringsmøde. Den daglige leder eller en anden fra implementeringsgruppen er mødeleder."
            ]
        case .midwayMeeting:
            [
                "Den daglige leder inviterer den øverste leder, implementeringsgruppen, og arbejdsgruppen til midtvejsmøde. Den daglige leder er mødeleder."
            ]
        case .finalMeeting:
            [
                "Den daglige leder inviterer den øverste leder, implementeringsgruppen og arbejdsgruppen til det afsluttende møde. Den daglige leder er mødeleder."
            ]
        }
    }

    /// The meeting's purposes (*formål*) as the seed lists them, verbatim in Danish.
    public var purposes: [String] {
        switch self {
        case .implementationGroupFormation:
            ["Samle implementeringsgruppen og orientere om, at gruppen er den koordinerende enhed i forebyggelsesforløbet."]
        case .planningMeeting:
            ["At diskutere og planlægge de overordnede linjer for, hvordan forebyggelsespakken skal gennemføres."]
        case .informationMeeting:
            [
                "At den øverste ledelse giver sin opbakning til processen og forklarer medarbejderne, hvorfor ledelsen har besluttet at bruge forebyggelsespakken til at styrke botilbuddets arbejde med at forebygge vold",
                "At den daglige leder eller en anden repræsentant for implementeringsgruppen præsenterer forløbet i forebyggelsespakken og derefter forklarer, hvad praksisfortællinger som metode går ud på, samt hvilke roller tovholderen og øvrige deltagere spiller i forløbet",
                "At den daglige leder giver information om de praktiske rammer for forløbet",
                "At forløbet bliver forventningsafstemt, så I sikrer implementeringsgruppens støtte til tovholder, ledelsens opbakning og den måde, som arbejdsgruppens forslag til nye tiltag skal implementeres og forankres på",
                "At arbejdsgruppen udvælger en tovholder",
            ]
        case .storyMeeting:
            [
                "At dele konkrete erfaringer med at forebygge og håndtere vold og på baggrund af fortællingen og den efterfølgende drøftelse udarbejde et eller flere forslag til nye tiltag, som kan styrke eller systematisere botilbuddets arbejde med at forebygge vold."
            ]
        case .preMeeting:
            ["At drøfte fordele og ulemper ved arbejdsgruppens forslag til nye tiltag (eventuelt inddrages øverste leder)"]
        case .sparringMeeting:
            [
                "At tovholderne kan få hjælp af implementeringsgruppen og af hinanden til at løse eventuelle vanskeligheder med praksisfortællingsmetoden",
                "At tovholderne og implementeringsgruppen kan udveksle erfaringer med metoden som inspiration til forebyggelse og inspirere hinanden til de kommende praksisfortællingsmøder.",
            ]
        case .midwayMeeting:
            [
                "At vurdere og eventuelt justere samarbejdet om praksisfortællingerne",
                "At prioritere, hvilke tiltag der skal arbejdes videre med, og hvordan det skal gøres.",
            ]
        case .finalMeeting:
            [
                "At drøfte implementeringen og den fremtidige forankring af de forslag til nye tiltag, som I sammen vælger at arbejde videre med",
                "At sikre den fremtidige forankring af botilbuddets arbejde med at forebygge vold",
                "At evaluere forebyggelsespakkeforløbet.",
            ]
        }
    }

    /// What has to happen after the meeting, verbatim in Danish.
    public var followUp: [String] {
        switch self {
        case .informationMeeting:
            [
                "Den daglige leder sørger for, at støtteark 1 og støtteark 2 bliver placeret i flere eksemplarer på det aftalte sted, så medarbejderne løbende kan orientere sig i dem",
                "Tovholderen sætter sig grundigt ind i materialet i forebyggelsespakken.",
            ]
        case .storyMeeting:
            [
                "Efter mødet sørger tovholderen for, at skemaerne med arbejdsgruppens forslag til tiltag bliver placeret på det sted, hvor implementeringsgruppen har besluttet at samle forslagene, så de er frit tilgængelige for alle botilbuddets medarbejdere.",
                "Tovholderen sørger også for at få afklaret eventuelle spørgsmål fra arbejdsgruppen med implementeringsgruppen inden næste praksisfortællingsmøde.",
            ]
        case .sparringMeeting:
            [
                "På det efterfølgende praksisfortællingsmøde er det tovholderens opgave at fortælle kort om relevante emner fra sparringsmødet, fx hvilke faglige udfordringer de andre arbejdsgrupper har fokus på, og hvilke forslag til nye tiltag de har tænkt på."
            ]
        case .midwayMeeting:
            [
                "Implementeringsgruppen har ansvaret for at skrive ind i skemaet i støtteark 4, hvad der besluttes på midtvejsmødet, hvordan der skal arbejdes videre med de enkelte forslag, og hvem der er ansvarlig for hvad."
            ]
        case .finalMeeting:
            [
                "Implementeringsgruppen har ansvaret for at skrive ind i skemaet i støtteark 4, hvad der besluttes på det afsluttende møde, hvordan der skal arbejdes videre med de enkelte forslag, og hvem der er ansvarlig for hvad.",
                "Forløbet er nu slut",
            ]
        case .implementationGroupFormation, .planningMeeting, .preMeeting: []
        }
    }
}
