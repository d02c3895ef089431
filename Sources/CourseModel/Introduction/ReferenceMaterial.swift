public import ForebygCore

/// Seed 000's "Henvisninger til relevant materiale": further reading, by publisher, verbatim.
///
/// The titles stay as the seed published them; items that cite a rule or guidance name it in a
/// ``LegalReferenceRegister``, which says whether it still applies.
///
/// The text extraction lost the hyphens in most of the seed's web addresses
/// ("amid.dk/regler/atvejledninger/voldd434/"); an item carries its address only where the
/// seed gives it intact elsewhere or it has no hyphen to lose. The others are left `nil`
/// rather than guessed.
public struct ReferenceMaterial: Hashable, Sendable {
    /// One item of further reading.
    public struct Item: Hashable, Sendable {
        /// The title as the seed gives it.
        public let title: String
        /// The web address, where it survived the extraction intact.
        public let url: String?
        /// The rule or guidance it cites, in a ``LegalReferenceRegister``, if it cites one.
        public let legalReference: LegalReferenceID?

        init(title: String, url: String?, legalReference: LegalReferenceID? = nil) {
            self.title = title
            self.url = url
            self.legalReference = legalReference
        }
    }

    /// Who has the information ("Arbejdstilsynet har information om").
    public let publisher: String
    /// The group's heading ("De vigtigste bekendtgørelser"), if it has one.
    public let heading: String?
    /// The items.
    public let items: [Item]

    /// The lead sentence from "Oversigt over de 5 støtteark".
    public static let summary =
        "Denne liste henviser til en række relevante materialer, herunder de nationale retningslinjer for voldsomme episoder på botilbud samt boformer for hjemløse, som I kan finde inspiration i."

    /// The seed's list, in its order.
    public static let all: [ReferenceMaterial] = [
        ReferenceMaterial(
            publisher: "Arbejdstilsynet har information om",
            heading: "AT-vejledning om voldsrisiko i forbindelse med arbejdets udførelse",
            items: [
                Item(
                    title: "AT-vejledning D.4.3-4 om Vold", url: "https://amid.dk/regler/at-vejledninger/vold-d-4-3-4/",
                    legalReference: "at-vejledning-d-4-3-4")
            ]),
        ReferenceMaterial(
            publisher: "Arbejdstilsynet har information om", heading: "De vigtigste bekendtgørelser",
            items: [
                Item(
                    title: "Arbejdets udførelse – Bekendtgørelse nr. 1234, 2018", url: nil,
                    legalReference: "bek-1234-2018"),
                Item(
                    title: "Arbejdsrelateret vold uden for arbejdstid – Bekendtgørelse 1504, 2015", url: nil,
                    legalReference: "bek-1504-2015"),
            ]),
        ReferenceMaterial(
            publisher: "Arbejdstilsynet har information om", heading: "Viden om",
            items: [
                Item(title: "Viden om døgninstitutioner", url: nil),
                Item(title: "Viden om forebyggelse af vold på arbejdspladser generelt", url: nil),
            ]),
        ReferenceMaterial(
            publisher: "Socialstyrelsen har information om",
            heading: "Nationale retningslinjer for forebyggelse af voldsomme episoder på botilbud samt boformer for hjemløse, 2017",
            items: [
                Item(
                    title: "Fuld længde",
                    url:
                        "https://socialstyrelsen.dk/udgivelser/nationale-retningslinjer-for-forebyggelse-af-voldsomme-episoder-pa-botilbud-og-boformer-for-hjemlose",
                    legalReference: "nationale-retningslinjer-2017"),
                Item(title: "Kort og godt", url: nil),
            ]),
        ReferenceMaterial(
            publisher: "Vold som Udtryksform har information om", heading: "Temahæfter om vold",
            items: [
                Item(title: "Risikovurdering – et bidrag til voldsforebyggelse. 2014.", url: nil),
                Item(
                    title: "Vold og magt og når det ikke går så galt. Voldsforebyggelse og konflikthåndtering i Orion. 2017.",
                    url: nil),
                Item(
                    title: "Vi gør det sammen! Brugerinddragelse i arbejdet med at forebygge konflikter og vold. 2015.", url: nil),
            ]),
        ReferenceMaterial(
            publisher: "Vold som Udtryksform har information om", heading: "Bog om voldsforebyggelse",
            items: [
                Item(
                    title:
                        "Konflikter og vold – en faglig udfordring. Udgiver: Vold som udtryksform. 2. reviderede udgave, 1. opslag 2018",
                    url: nil)
            ]),
        ReferenceMaterial(
            publisher: "BFA – Velfærd og Offentlig administration", heading: nil,
            items: [
                Item(
                    title: "Materialer om trusler og vold på arbejdspladsen",
                    url: "https://www.arbejdsmiljoweb.dk/trivsel/vold_og_trusler")
            ]),
        ReferenceMaterial(
            publisher: "Viden på tværs", heading: nil, items: [Item(title: "Metoder mod vold", url: nil)]),
    ]
}
