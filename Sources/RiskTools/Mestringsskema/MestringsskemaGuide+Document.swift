public import DocumentTree
import ForebygCore

extension MestringsskemaGuide {
    /// The seed's headings, Danish in every language.
    static let cooperationHeading = "Mestringsskemaet – samarbejde om ressourcer og udfordringer"
    static let bvcHeading = "BVC – vurderer risikoen for vold"
    static let originTitle = "Mestringsskemaet og BVC"
    static let learningHeading = "Sådan kan I bruge Mestringsskemaet og BVC til at opnå læring"

    /// The printable guide: the seed's chapter in its order, the reflection after an episode
    /// that triggered the BVC, the Kløverengen case, the seed's reading and the booklet as source.
    public static func document(in language: Language) -> Document {
        let strings = RiskToolsStrings.for(language)
        let text = [
            SeedPassage([summary, twoMethods]),
            SeedPassage(heading: cooperationHeading, [motto] + colours + dailyUse),
            SeedPassage(heading: bvcHeading, bvc),
        ].blocks()
        let origin = Block.callout(Callout(kind: .fact, title: originTitle, blocks: [.paragraph(Self.origin)]))
        let learningBlocks = SeedPassage(heading: learningHeading, [learning]).blocks() + Mestringsskema.reflectionBlocks(strings)
        let after = [kloverengenCase.block(in: language), SeedPassage.readMoreBox(readMore, in: language), SeedSource.learningBooklet.line(in: language)]
        return Document(
            metadata: DocumentMetadata(title: strings.mestringsskemaGuideTitle, subject: strings.mestringsskemaTitle, language: language, slug: "mestringsskema-bvc-guide"),
            blocks: text + [origin] + learningBlocks + after)
    }
}
