/// The members every document's JSON starts with: its kind and its format version.
public struct DocumentHeader: Hashable, Sendable, Codable {
    /// The kind of document, for example `workplace-action-plan`.
    public var type: String
    /// The format version the document was written in.
    public var version: Int

    /// Creates a header.
    public init(type: String, version: Int) {
        self.type = type
        self.version = version
    }
}
