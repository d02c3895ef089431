public import ForebygCore

extension ResidentConference {
    /// The seed's summary box under the chapter title ("Ved en beboerkonference mødes …").
    public static let summary = "Ved en beboerkonference mødes leder og medarbejdere for at tale om en udvalgt borger. På mødet deler de viden, opnår læring og finder løsninger, som kan forebygge udadreagerende adfærd."

    /// The seed's definition, with its list of professions.
    public static let definition = "En beboerkonference er et møde, hvor ledelse og medarbejdere sammen kan få belyst borgere og situationer med udadreagerende adfærd på en helhedsorienteret måde. Beboerkonferencer er udviklet til ældreområdet. Ved en beboerkonference mødes de forskellige faggrupper, fx sosuassistent, sosuhjælper, sygeplejerske, ergoterapeut og demenskoordinator. Ved at dele viden og reflektere over situationer fra hverdagen opnår personalet læring, får bearbejdet situationerne, og finder frem til nye tiltag, de vil afprøve."

    /// The seed's heading "Fast dagsorden og faste roller".
    public static let agendaAndRolesHeading = "Fast dagsorden og faste roller"

    /// The section's first sentence; ³ marks the seed's footnote 3 (``footnotes``). The roles'
    /// sentences that follow are ``ConferenceRole/seedDescription``.
    public static let agendaAndRoles = "Beboerkonferencen følger en fast dagsorden, hvor deltagerne har bestemte roller og anlægger et helhedssyn på borgeren³."

    /// What the roles give the conference ("Fagligheden bliver gjort tydelig …").
    public static let expertise = "Fagligheden bliver gjort tydelig, fordi særligt demenskoordinatoren relaterer til bedste faglige viden, som knyttes til medarbejdernes fortællinger. Samlet giver det fordybelse, læring og bedre beslutningsprocesser – blandt andet fordi ledelsen deltager i de faglige drøftelser og undervejs kan være med til at vurdere, om tiltagene kan lade sig gøre organisatorisk og ressourcemæssigt."

    /// The seed's section "Afprøvning af beboerkonferencer"; ⁴ marks footnote 4.
    public static let trial = SeedPassage(heading: "Afprøvning af beboerkonferencer", [
        "Beboerkonferencer er et ud af tre elementer i et projekt, som Socialstyrelsen har udviklet og afprøvet sammen med ni plejecentre i tre kommuner. De to andre elementer er kompetenceudvikling samt ledelsesfokus og organisering. Evalueringen af projektet⁴ viser, at hyppigheden af udadreagerende adfærd faldt med 40 pct., og at personalet fik mere viden og blev bedre i stand til at forebygge udadreagerende adfærd.",
    ])

    /// The seed's pointer to its agenda and worksheets, after the rules.
    public static let tools = "Hent dagsorden og hjælpeskemaer i Redskaber til afholdelse af beboerkonferencen."

    /// The seed's footnotes 3 and 4.
    public static let footnotes = [
        "³ Andersen, K.D. (2015): Guide til forebyggelse af udadreagerende adfærd hos personer med demens i plejeboliger. Socialstyrelsen.",
        "⁴ Pejtersen, J.H. og T. Dyrvig (2015): Forebyggelse af udadreagerende adfærd hos ældre med demens. SFI – Det Nationale Forskningscenter for Velfærd.",
    ]

    /// The seed's "Læs mere" list for beboerkonferencer.
    public static let readMore = [
        "Andersen, K.D. (2015): Guide til forebyggelse af udadreagerende adfærd hos personer med demens i plejeboliger. Socialstyrelsen.",
        "Redskaber til afholdelse af beboerkonferencen. Socialstyrelsen. www.socialstyrelsen.dk.",
        "Ravn, Ib (2015): Beboerkonferencen som faciliteret læringsrum – notat om læringsteoretisk baggrund for beboerkonferencer. DPU, Aarhus Universitet.",
    ]
}
