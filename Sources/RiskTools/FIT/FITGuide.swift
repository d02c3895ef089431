/// Seed 002's box "Sådan kan I arbejde med – At skabe læring via FIT" and its explanation of the
/// two forms, verbatim.
///
/// The seed says "1-10" for the line; the instrument's line runs 0–10 (see ``FITRating``).
/// The steps keep the seed's words.
public enum FITGuide {
    /// The seed's explanation of the ORS ("To skemaer: ORS og SRS"), printed on the blank ORS sheet.
    /// The seed prints the instrument's name as "Outcome Ration Scale"; the package prints its
    /// authors' name for it, Outcome Rating Scale, and keeps the rest verbatim, "1-10" included.
    public static let orsExplanation = "ORS-skemaet (Outcome Rating Scale) måler på borgerens trivsel siden sidste kontakt. Skemaet udfyldes, før samtalen eller behandlingen går i gang. Borgeren ser tilbage på den periode, der er gået siden sidste samtale, og hvordan han eller hun har haft det på fire områder af sit liv. Borgeren sætter et kryds på en skala fra 1-10 på linjen under hvert område."

    /// The seed's explanation of the SRS, printed on the blank SRS sheet; "Session Ration Scale"
    /// in the seed is printed Session Rating Scale, the rest verbatim.
    public static let srsExplanation = "SRS-skemaet (Session Rating Scale) måler på, hvordan borgeren har oplevet den aktuelle samtale eller kontakt. Skemaet udfyldes ved slutningen af samtalen eller behandlingen, hvor borgeren skal vurdere fire temaer på en skala fra 0-10. Borgeren bliver opfordret til også at give kritisk feedback, så det er muligt at forbedre samtalerne og gøre udbyttet endnu bedre."

    /// *Forberedelse*, *Ved samtalens start*, *Ved samtalens afslutning* and
    /// *Læring efter en eller flere samtaler*, in the seed's order.
    public static let stepGroups: [MethodStepGroup] = [
        MethodStepGroup(title: "Forberedelse", steps: [
            "Inden I kan bruge FIT i samarbejde med borgerne, skal I sætte jer ind i metoden og deltage i undervisning om FIT, så I lærer at bruge skemaerne. I skal både lære at bruge FIT i samarbejdet med borgeren, når skemaerne udfyldes, og opnå viden om, hvordan I som medarbejdere og organisation bruger den feedback, I får, til at målrette og forbedre kvaliteten af jeres indsats.",
            "I skal også tage stilling til, hvordan det skal foregå, når FIT tages i brug, så alle medarbejdere bliver fortrolige med og kan bruge metoden. Endelig skal I beslutte, hvordan FIT skal indgå i dokumentationen, og om der evt. er behov for nye IT-løsninger, så borgeren fx kan udfylde skemaerne på en tablet. Når feedbacken indtastes elektronisk, kan borgerens scoringer vises i en graf, forløbet og scoringerne bliver visuelle, og udviklingen over tid bliver mere overskuelig.",
        ]),
        MethodStepGroup(title: "Ved samtalens start", steps: [
            "Bed borgeren udfylde ORS-skemaet, før samtalen eller behandlingen går i gang. Borgeren skal se tilbage på den periode, der er gået siden sidste samtale/møde og vurdere, hvordan han eller hun har haft det på fire områder af sit liv (se ORS-skema).",
            "Borgeren sætter et kryds på en skala fra 1-10 på linjen under hvert område. Herefter gennemføres samtalen eller samarbejdet som planlagt.",
        ]),
        MethodStepGroup(title: "Ved samtalens afslutning", steps: [
            "Bed borgeren udfylde SRS-skemaet efter samtalen eller behandlingen. Borgeren skal vurdere, hvordan han eller hun har oplevet fire forhold i forbindelse med samtalen/behandlingen (se SRS-skema).",
            "Fortæl borgeren, at også kritisk feedback er gavnlig, fordi det gør det muligt at justere på samtalernes indhold m.m.",
            "Borgeren sætter et kryds på en skala fra 1-10 på linjen under hvert fokuspunkt for samtalen.",
        ]),
        MethodStepGroup(title: "Læring efter en eller flere samtaler", steps: [
            "Medarbejderen forholder sig til den feedback, borgeren giver ved hver samtale, og reflekterer over scoringerne både i ORS- og SRS-skemaet. Medarbejderen og borgeren taler løbende sammen om, hvordan samtalerne, samarbejdet og borgerens trivsel kan blive endnu bedre.",
            "Teamet af medarbejdere kan se på tværs af samarbejdet med flere borgere, og sammen reflektere over og lære af det, som har vist sig typisk at kunne skabe mere trivsel for borgeren og give bedre samtaler og samarbejde.",
        ]),
    ]
}
