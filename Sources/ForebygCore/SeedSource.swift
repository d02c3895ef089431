public import DocumentTree

/// The publications the package's seed texts come from, named as their title pages name them,
/// so every document that prints a seed's text names its source from one place.
public enum SeedSource: String, Hashable, Sendable, CaseIterable {
    /// Seed 000: Arbejdstilsynet's forebyggelsespakke for botilbud and boformer for hjemløse,
    /// named as seed 002's reading list names it (seed 000's text carries no title page).
    case preventionPackage = "Arbejdstilsynet: Brug fortællinger til at forebygge arbejdsrelateret vold. Botilbud og boformer for hjemløse (2019)"
    /// Seed 002: Vold som Udtryksform's booklet on learning after violent episodes.
    case learningBooklet = "Vold som Udtryksform: Styrk læring og forebyg konflikter og vold på arbejdspladsen (2019)"
    /// Seed 003: the short guide to a workplace's handleplan (voldsomudtryksform.dk).
    case actionPlanGuide = "Vold som Udtryksform: Kort & Godt: Handleplan"

    /// The source line printed at a document's end, for example
    /// "Kilde: Vold som Udtryksform: Styrk læring … (2019)"; only the label translates.
    public func line(in language: Language) -> Block {
        .paragraph("\(CoreStrings.for(language).sourceLabel): \(rawValue)")
    }

    /// A document of `blocks` that ends with this source's line, in the metadata's language.
    package func document(metadata: DocumentMetadata, blocks: [Block]) -> Document {
        Document(metadata: metadata, blocks: blocks + [line(in: metadata.language)])
    }

    /// A dated record of `blocks` that ends with this source's line: its metadata has the title,
    /// subject and slug given and the date written in `language`.
    package func document(
        title: String, subject: String?, date: CalendarDate?, language: Language, slug: String, blocks: [Block]
    ) -> Document {
        document(
            metadata: DocumentMetadata(title: title, subject: subject, date: date?.formatted(in: language), language: language, slug: slug),
            blocks: blocks)
    }
}
