public import DocumentTree

/// A workplace's account that a seed prints beside a method ("Skolerne i Snekkersten",
/// "Botilbuddet Kløverengen"), carried verbatim and printed in a box after the method's text.
public struct SeedCase: Hashable, Sendable {
    /// The workplace as the seed names it, for example "Skolerne i Snekkersten".
    public let workplace: String
    /// The seed's headline for the account, for example "Reflekterer systematisk over praksis".
    public let headline: String
    /// The account's passages, their headings being the seed's subheadings.
    public let passages: [SeedPassage]

    /// Creates a case.
    public init(workplace: String, headline: String, passages: [SeedPassage]) {
        self.workplace = workplace
        self.headline = headline
        self.passages = passages
    }

    /// The case as an example box titled "Eksempel fra praksis: <workplace> – <headline>";
    /// only the label translates.
    public func block(in language: Language) -> Block {
        let title = "\(CoreStrings.for(language).caseLabel): \(workplace) – \(headline)"
        return .callout(Callout(kind: .example, title: title, blocks: passages.blocks(headingLevel: 3)))
    }
}

extension SeedPassage {
    /// A seed's "Læs mere" list as a box; only the box's label translates.
    public static func readMoreBox(_ items: [String], in language: Language) -> Block {
        .callout(Callout(kind: .fact, title: CoreStrings.for(language).readMoreLabel, blocks: SeedPassage(items, isList: true).blocks()))
    }
}
