extension SyntheticPlans {
    /// Focus areas, some with markup-like and quoting characters.
    static let focusAreas = [
        "Konflikthåndtering", "Tryghed på arbejdspladsen", "Trusler & chikane", "Vold fra borgere", "Alenearbejde",
        "Forebyggelse af vold", "Oplæring af nye medarbejdere", "Efterværn / krisehjælp", "Registrering af episoder",
        "Samarbejde med pårørende", "Fysiske rammer <indretning>", "Kommunikation | deeskalering",
        "Risikovurdering \"rød\" zone", "Alarmer & nødkald",
    ]

    /// What, how and when; `{n}`, `{w}`, `{d}` and `{m}` are filled in.
    static let whatHowWhen = [
        "Afholde kursus i deeskalering for alle på afdelingen, uge {w}",
        "Gennemgå APV'en på personalemødet den {d}. {m} & følge op",
        "Indføre \"makkerordning\" ved besøg i hjemmet; evalueres efter {w} uger",
        "Opsætte alarm (type <A|B>) i mødelokale {n}; test hver måned",
        "Revidere beredskabsplanen — ansvar fordeles mellem leder & TR",
        "Sparring med ekstern konsulent (5 × 2 timer) i Q{n}",
        "Registrere alle episoder i systemet < 24 timer efter hændelsen",
        "Drøfte 'den gode overlevering' på teammøder hver {n}. uge",
        "- Tjekliste for alenearbejde\n- Telefonliste opdateres",
        "Løbende: sikre at nye kolleger får introduktion til retningslinjer (se mappe \\\\fælles\\vold)",
        "=SUM(A1:A3) er ikke en formel, men en overskrift",
    ]

    /// Responsible people and roles.
    static let responsible = [
        "Leder", "Arbejdsmiljørepræsentant (AMR)", "TR & leder", "Alle medarbejdere", "Teamleder Søren Østergaard",
        "Ældreplejen / hjemmeplejen", "Sikkerhedsgruppen", "HR-konsulent Åse Bæk", "Leder + AMR | TR",
        "-Koordinator \"nat\"",
    ]

    /// Status notes.
    static let statusNotes = [
        "Ikke startet", "I gang", "Afsluttet", "Udsat til {m}", "Løbende", "Afventer budget (ca. {n} 000 kr.)",
        "=Afventer", "I gang — {n}0 % færdig", "Drøftet på p-møde <b>ikke</b> afsluttet\nopfølgning næste gang",
    ]

    /// Goals.
    static let goals = [
        "Færre episoder med vold (< {n} pr. år)", "Alle medarbejdere føler sig trygge (måles i trivselsmåling)",
        "100 % har gennemført kurset inden {m}", "Ingen alenearbejde efter kl. 22", "Episoder registreres \"altid\"",
        "Hurtig krisehjælp: < 2 timer", "Bedre dialog med borgere & pårørende", "Klar rollefordeling | ingen tvivl",
    ]

    /// Workplaces.
    static let workplaces = [
        "Æblehaven Botilbud", "Bøgeskovens Bosted", "Herberget Øst", "Ørestad Bosted for unge",
        "Botilbuddet Nord & Syd", "Socialpsykiatrien \"Solsikken\"", "Boformen på Åsen", "Krisecenter <Havnen>",
    ]

    /// Danish month names for `{m}`.
    static let months = [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
        "december",
    ]
}
