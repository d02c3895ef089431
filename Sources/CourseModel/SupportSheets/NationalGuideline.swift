/// One of Socialstyrelsen's *Nationale retningslinjer for forebyggelse af voldsomme episoder på
/// botilbud og boformer for hjemløse* (2017), as støtteark 2 cites it.
public struct NationalGuideline: Hashable, Sendable {
    /// The guideline's number, 1–11.
    public let number: Int
    /// The guideline's title as the seed cites it, in Danish.
    public let title: String

    /// Creates a guideline reference.
    public init(number: Int, title: String) {
        self.number = number
        self.title = title
    }
}
