/// The text of seed 003, Vold som Udtryksform's "Kort & Godt: Handleplan", verbatim: what a
/// workplace handleplan is (*Hvad*), how it is made (*Hvordan*) and why (*Hvorfor*), and the
/// plan's five columns with the prompt each header prints. ``WorkplaceActionPlan/blankForm(in:)``
/// prints it.
public enum WorkplacePlanGuide {
    /// A column of the plan: its header and the prompt printed under it.
    public struct Column: Hashable, Sendable {
        /// The column's header, for example "Ansvarlige".
        public var title: String
        /// The lines printed under the header, for example "Hvem har ansvar for hvad?"; empty when the seed prints none.
        public var prompt: [String]
    }

    /// The seed's title.
    public static let title = "Kort & Godt: Handleplan"

    /// *Hvad*: what the plan holds, and that it is adjusted at least once a year.
    public static let what = "Handleplanen beskriver, hvad ledelse og medarbejdere fokuserer på i arbejdet med at forebygge vold i fx det kommende år. Den indeholder de områder, som er aktuelle og relevante for arbejdspladsen. Det kan fx være mødeplan, rammer for, hvordan episoder med vold skal analyseres, og aftaler om, hvordan nyansatte, vikarer og elever skal introduceres til voldsforebyggelse på arbejdspladsen. Handleplanen skal justeres løbende, når der er behov, minimum en gang årligt."

    /// *Hvordan*: who writes the plan, from what, and who adopts it.
    public static let how = "Ud fra kortlægning af arbejdsmiljøudfordringer og analyse af registrerede episoder med vold udarbejder leder og arbejdsmiljørepræsentant en handleplan, som drøftes, justeres og vedtages af den samlede personalegruppe."

    /// *Hvorfor*: what the plan gives leader, AMR and staff.
    public static let why = "Handleplanen giver leder, arbejdsmiljørepræsentant og medarbejdere et overblik over de områder, de har aftalt at fokusere på for at forebygge trusler og vold. Handleplanen tydeliggør, hvad der skal ske i løbet af året, og hvem der har ansvar for at det sker."

    /// The three parts of the frame, as the seed heads them: Hvad, Hvordan, Hvorfor.
    public static let frame: [(heading: String, text: String)] = [("Hvad", what), ("Hvordan", how), ("Hvorfor", why)]

    /// The heading of the seed's example plan, used as the blank plan's heading.
    public static let planHeading = "Handleplan for forebyggelse af trusler og vold"

    /// The plan's five columns with their prompts, in the seed's order.
    public static let planColumns: [Column] = [
        Column(title: "Fokusområder", prompt: []),
        Column(title: "Hvad, hvordan og hvornår?", prompt: ["Hvad skal vi gøre for at nå målet?", "Dato, interval…"]),
        Column(title: "Ansvarlige", prompt: ["Hvem har ansvar for hvad?"]),
        Column(title: "Status", prompt: ["Hvad er sket? Gør det tydeligt, hvordan det bidrager til at nå målene."]),
        Column(title: "Mål", prompt: ["Hvordan ved vi, at vi har nået vores mål?"]),
    ]
}
