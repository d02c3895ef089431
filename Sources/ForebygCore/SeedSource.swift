public import DocumentTree

/// The publications the package's seed texts come from, named as their title pages name them,
/// so every document that prints a seed's text names its source from one place.
public enum SeedSource: String, Hashable, Sendable, CaseIterable {
    /// Seed 002: Vold som Udtryksform's booklet on learning after violent episodes.
    case learningBooklet = "Vold som Udtryksform: Styrk læring og forebyg konflikter og vold på arbejdspladsen (2019)"

    /// The source line printed at a document's end, for example
    /// "Kilde: Vold som Udtryksform: Styrk læring … (2019)"; only the label translates.
    public func line(in language: Language) -> Block {
        .paragraph(InlineText("\(CoreStrings.for(language).sourceLabel): \(rawValue)"))
    }
}
